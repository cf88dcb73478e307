import type { Element, ElementContent, Root, Text } from 'hast';
import { readFileSync } from 'node:fs';
import { SKIP, visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { findMentions, type Named } from '../lib/mentions.ts';
import { pageUrl } from '../lib/urls.ts';
import { glossaryEntrySchema } from '../schemas.ts';

interface Options {
  /** Only files whose path contains this folder are treated as article parts. */
  folder: string;
  /** The glossary's YAML file. */
  glossary: string;
}

interface Term extends Named {
  definition: string;
}

/** Reads and checks the glossary; a broken file fails the build naming the file and the entry. */
function readGlossary(path: string): Term[] {
  const parsed = glossaryEntrySchema.array().safeParse(parseYaml(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`${path}: ${issues}`);
  }
  return parsed.data.map((entry) => ({ id: entry.id, forms: [entry.term, ...entry.forms], definition: entry.definition }));
}

/**
 * Rehype plugin for the article's MDX: links the first occurrence of each glossary term in a part to its entry on
 * the glossary page (`/glossary/#<id>`), with the definition as the link's title. The text is unchanged; only a
 * link is wrapped around the words. Text already inside a link is left alone.
 */
export default function rehypeGlossary({ folder, glossary }: Options) {
  return (tree: Root, file: { path?: string }) => {
    const path = (file.path ?? '').replaceAll('\\', '/');
    if (!path.includes(`/${folder}/`)) return;
    const terms = readGlossary(glossary);
    const byId = new Map(terms.map((term) => [term.id, term]));
    const linked = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && node.tagName === 'a') return SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return undefined;
      const text: Text = node;
      const mentions = findMentions(text.value, terms).filter((mention) => {
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
            href: `${pageUrl('glossary')}#${mention.id}`,
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
