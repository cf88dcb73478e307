import type { ElementContent, Root, Text } from 'hast';
import { readFileSync } from 'node:fs';
import { SKIP, visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import type { Lang } from '../../i18n/locale.ts';
import { CONTENT, partOfPath } from '../../lib/content/layout.ts';
import { glossaryTerm, popoverId, punctuationAround } from '../../lib/text/glossary-popover.ts';
import { findMentions, type Named } from '../../lib/text/mentions.ts';
import { UI } from '../../i18n/ui.ts';
import { pageUrl } from '../../i18n/urls.ts';
import { englishGlossaryEntrySchema, glossaryEntrySchema } from '../../schemas.ts';

/** Each language's glossary file. */
const GLOSSARY_FILES: Readonly<Record<Lang, string>> = { 'zh-CN': CONTENT.glossary, en: CONTENT.en.glossary };

interface Term extends Named {
  definition: string;
}

/** Reads and checks the glossary; a broken file fails the build naming the file and the entry. */
function readGlossary(path: string, lang: Lang): Term[] {
  const data: unknown = parseYaml(readFileSync(path, 'utf8'));
  const fail = (issues: readonly { path: PropertyKey[]; message: string }[]) =>
    new Error(`${path}: ${issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`).join('; ')}`);
  if (lang === 'en') {
    const parsed = englishGlossaryEntrySchema.array().safeParse(data);
    if (!parsed.success) throw fail(parsed.error.issues);
    return parsed.data.map((entry) => ({ id: entry.id, forms: entry.forms, definition: entry.definition }));
  }
  const parsed = glossaryEntrySchema.array().safeParse(data);
  if (!parsed.success) throw fail(parsed.error.issues);
  return parsed.data.map((entry) => ({ id: entry.id, forms: [entry.term, ...entry.forms], definition: entry.definition }));
}

/**
 * Rehype plugin for the article's MDX, in either language (told by the file's folder): makes the first occurrence of
 * each glossary term in a part a button that opens its definition in place (a popover, `glossary-popover.ts`), with a
 * link to its entry on that language's glossary page (`/glossary/#<id>`, `/en/glossary/#<id>`). English is matched as
 * whole words. The text is unchanged; only the button is wrapped around the words. Text already inside a link is left alone.
 */
export default function rehypeGlossary() {
  return (tree: Root, file: { path?: string }) => {
    const part = partOfPath(file.path ?? '');
    if (!part) return;
    const { lang } = part;
    const terms = readGlossary(GLOSSARY_FILES[lang], lang);
    const byId = new Map(terms.map((term) => [term.id, term]));
    const linkText = UI[lang].searchMessages.cardLink.glossary;
    const linked = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && (node.tagName === 'a' || node.tagName === 'button')) return SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return undefined;
      const text: Text = node;
      const mentions = findMentions(text.value, terms, { words: lang === 'en' }).filter((mention) => {
        if (linked.has(mention.id)) return false;
        linked.add(mention.id);
        return true;
      });
      if (mentions.length === 0) return undefined;
      const pieces: ElementContent[] = [];
      let at = 0;
      for (const mention of mentions) {
        const { before, after } = punctuationAround(text.value, Math.max(at, mention.start), mention.end);
        const start = mention.start - before;
        if (start > at) pieces.push({ type: 'text', value: text.value.slice(at, start) });
        const definition = byId.get(mention.id)?.definition ?? '';
        const href = `${pageUrl('glossary', lang)}#${mention.id}`;
        const term = glossaryTerm({ id: popoverId(lang, mention.id), form: mention.form, definition, href, linkText });
        const end = mention.end + after;
        const punctuation = (from: number, to: number): ElementContent[] =>
          to > from ? [{ type: 'text', value: text.value.slice(from, to) }] : [];
        const kept = [...punctuation(start, mention.start), ...term, ...punctuation(mention.end, end)];
        // The punctuation around the term stays on its line: a bare span, as rehype-keep-together.ts keeps tokens.
        pieces.push(...(before + after > 0 ? [{ type: 'element' as const, tagName: 'span', properties: {}, children: kept }] : kept));
        at = end;
      }
      if (at < text.value.length) pieces.push({ type: 'text', value: text.value.slice(at) });
      parent.children.splice(index, 1, ...pieces);
      return index + pieces.length;
    });
  };
}
