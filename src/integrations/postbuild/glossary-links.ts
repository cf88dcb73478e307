// An `<a>` start tag carrying data-glossary (quoted attribute values may hold `>`), its text, and the end tag.
const GLOSSARY_LINK = /<a\s((?:[^>"']|"[^"]*"|'[^']*')*?\bdata-glossary="([^"]+)"(?:[^>"']|"[^"]*"|'[^']*')*)>([^<]*)<\/a>/g;

/**
 * Keeps only the first glossary link to each entry in a built page, unwrapping later ones to their plain text; returns
 * the page and how many it unwrapped. Links are told apart by where they lead, so the parallel pages keep the first
 * link of each language: one to the Chinese entry and one to the English entry of the same term.
 */
export function keepFirstGlossaryLinks(html: string): { html: string; unwrapped: number } {
  const seen = new Set<string>();
  let unwrapped = 0;
  const result = html.replace(GLOSSARY_LINK, (link: string, attributes: string, id: string, text: string) => {
    const key = /\bhref="([^"]*)"/.exec(attributes)?.[1] ?? id;
    if (!seen.has(key)) {
      seen.add(key);
      return link;
    }
    unwrapped += 1;
    return text;
  });
  return { html: result, unwrapped };
}
