import type { Element, Root, Text } from 'hast';
import { basename, extname } from 'node:path';
import { visit } from 'unist-util-visit';
import { normalizePunctuation } from '../../lib/text/normalize.ts';
import { paragraphId } from '../../lib/text/paragraphs.ts';

interface Options {
  /** Only files whose path contains this folder are treated as article parts. */
  folder: string;
  /** Normalise punctuation (default true); off for the English translation, whose ASCII marks are English. */
  punctuation?: boolean;
  /** The search sub-result title of the n-th paragraph (default `第n段`). */
  paragraphTitle?: (position: number) => string;
}

/** Rehype plugin for the article's MDX: gives each top-level paragraph its stable id (also its search sub-result anchor) and normalises punctuation in the rendered text. */
export default function rehypeArticle({ folder, punctuation = true, paragraphTitle = (n) => `第${n}段` }: Options) {
  return (tree: Root, file: { path?: string }) => {
    const path = file.path ?? '';
    if (!path.replaceAll('\\', '/').includes(`/${folder}/`)) return;
    const part = basename(path, extname(path));
    let position = 0;
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'p') {
        position += 1;
        const paragraph: Element = node;
        paragraph.properties = {
          ...paragraph.properties,
          id: paragraphId(part, position),
          // Makes the paragraph a Pagefind sub-result, so a search result links to it.
          dataPagefindTitle: paragraphTitle(position),
        };
      }
    }
    if (!punctuation) return;
    visit(tree, 'text', (node: Text) => {
      node.value = normalizePunctuation(node.value);
    });
  };
}
