import type { Element, ElementContent, Root, Text } from 'hast';
import { readFileSync } from 'node:fs';
import { SKIP, visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import type { Lang } from '../../i18n/locale.ts';
import { CONTENT, partOfPath } from '../../lib/content/layout.ts';
import { findMentions, type Named } from '../../lib/text/mentions.ts';
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
 * Rehype plugin for the article's MDX, in either language (told by the file's folder): links the first occurrence of
 * each glossary term in a part to its entry on that language's glossary page (`/glossary/#<id>`, `/en/glossary/#<id>`),
 * with the definition as the link's title. English is matched as whole words. The text is unchanged; only a link is
 * wrapped around the words. Text already inside a link is left alone.
 */
export default function rehypeGlossary() {
  return (tree: Root, file: { path?: string }) => {
    const part = partOfPath(file.path ?? '');
    if (!part) return;
    const { lang } = part;
    const terms = readGlossary(GLOSSARY_FILES[lang], lang);
    const byId = new Map(terms.map((term) => [term.id, term]));
    const linked = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && node.tagName === 'a') return SKIP;
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
        if (mention.start > at) pieces.push({ type: 'text', value: text.value.slice(at, mention.start) });
        const link: Element = {
          type: 'element',
          tagName: 'a',
          properties: {
            href: `${pageUrl('glossary', lang)}#${mention.id}`,
            className: ['glossary-term'],
            dataGlossary: mention.id,
            title: byId.get(mention.id)?.definition,
          },
          children: [{ type: 'text', value: mention.form }],
        };
        pieces.push(link);
        at = mention.end;
      }
      if (at < text.value.length) pieces.push({ type: 'text', value: text.value.slice(at) });
      parent.children.splice(index, 1, ...pieces);
      return index + pieces.length;
    });
  };
}
