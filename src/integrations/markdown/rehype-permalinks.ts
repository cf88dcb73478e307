import type { Element, Root } from 'hast';
import { PARAGRAPH_ID, partOfPath } from '../../lib/content/layout.ts';
import { permalinkLabel } from '../../i18n/labels.ts';

/**
 * Rehype plugin for the article's MDX, run after the one that gives paragraphs their ids: ends each paragraph with
 * a ¶ link to itself, named for screen readers in the part's language (“第二部分第4段的链接”) and kept out of the search index.
 */
export default function rehypePermalinks() {
  return (tree: Root, file: { path?: string }) => {
    const part = partOfPath(file.path ?? '');
    if (!part) return;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      const id = node.properties['id'];
      if (typeof id !== 'string' || !PARAGRAPH_ID.test(id)) continue;
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: {
          href: `#${id}`,
          className: ['permalink'],
          ariaLabel: permalinkLabel(id, part.lang),
          dataPagefindIgnore: '',
        },
        children: [{ type: 'text', value: '¶' }],
      };
      node.children.push(link);
    }
  };
}
