import type { Element, ElementContent, Root, Text } from 'hast';
import { readFileSync } from 'node:fs';
import { SKIP, visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import type { Lang } from '../../i18n/locale.ts';
import { findMentions, type Named } from '../../lib/text/mentions.ts';
import { pageUrl } from '../../i18n/urls.ts';
import { englishGlossaryEntrySchema, glossaryEntrySchema } from '../../schemas.ts';

interface Options {
  /** Only files whose path contains this folder are treated as article parts. */
  folder: string;
  /** The glossary's YAML file. */
  glossary: string;
  /** The language of the text and the glossary: English is matched as whole words and links to the English glossary page. */
  lang?: Lang;
}

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
 * Rehype plugin for the article's MDX: links the first occurrence of each glossary term in a part to its entry on
 * the glossary page (`/glossary/#<id>`), with the definition as the link's title. The text is unchanged; only a
 * link is wrapped around the words. Text already inside a link is left alone.
 */
export default function rehypeGlossary({ folder, glossary, lang = 'zh-CN' }: Options) {
  return (tree: Root, file: { path?: string }) => {
    const path = (file.path ?? '').replaceAll('\\', '/');
    if (!path.includes(`/${folder}/`)) return;
    const terms = readGlossary(glossary, lang);
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
