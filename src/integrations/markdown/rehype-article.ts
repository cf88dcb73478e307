import type { Element, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { partOfPath } from '../../lib/content/layout.ts';
import { normalizePunctuation } from '../../lib/text/normalize.ts';
import { paragraphId } from '../../lib/text/paragraphs.ts';
import { paragraphSearchTitle } from '../../i18n/labels.ts';

/**
 * Rehype plugin for the article's MDX, in either language (told by the file's folder): gives each top-level paragraph
 * its stable id (also its search sub-result anchor), the same in both languages, and in Chinese normalises the
 * punctuation of the rendered text. English keeps its ASCII marks: normalising them would take “…” for Chinese context
 * and widen the commas beside them.
 */
export default function rehypeArticle() {
  return (tree: Root, file: { path?: string }) => {
    const part = partOfPath(file.path ?? '');
    if (!part) return;
    let position = 0;
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'p') {
        position += 1;
        const paragraph: Element = node;
        paragraph.properties = {
          ...paragraph.properties,
          id: paragraphId(part.id, position),
          // Makes the paragraph a Pagefind sub-result, so a search result links to it.
          dataPagefindTitle: paragraphSearchTitle(position, part.lang),
        };
      }
    }
    if (part.lang !== 'zh-CN') return;
    visit(tree, 'text', (node: Text) => {
      node.value = normalizePunctuation(node.value);
    });
  };
}
