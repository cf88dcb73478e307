import { popoverId } from '../../lib/text/glossary-popover.ts';

// A glossary term (rehype-glossary.ts): its button, the button's words, and the popover that follows it, with the
// definition and the link to the entry (no element of its own name inside).
const GLOSSARY_TERM = /<button type="button" popovertarget="([^"]+)">([^<]*)<\/button><span popover(?:="")? id="\1"[^>]*>[\s\S]*?<\/span>/g;
const POPOVER_PREFIX = popoverId('zh-CN', '');

/**
 * Keeps only the first glossary term of each entry in a built page, unwrapping later ones to their words and dropping
 * their popovers; returns the page and how many it unwrapped. Terms are told apart by their popover's id, which names
 * the language, so the parallel pages keep the first term of each language.
 */
export function keepFirstGlossaryLinks(html: string): { html: string; unwrapped: number } {
  const seen = new Set<string>();
  let unwrapped = 0;
  const result = html.replace(GLOSSARY_TERM, (term: string, id: string, words: string) => {
    if (!id.startsWith(POPOVER_PREFIX)) return term;
    if (!seen.has(id)) {
      seen.add(id);
      return term;
    }
    unwrapped += 1;
    return words;
  });
  return { html: result, unwrapped };
}
