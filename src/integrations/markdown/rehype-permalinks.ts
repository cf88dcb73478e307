import type { Element, Root } from 'hast';
import { englishParagraphLabel, paragraphLabel } from '../../lib/text/paragraphs.ts';
import { PART_IDS } from '../../schemas.ts';

/**
 * Rehype plugin for the article's MDX, run after the one that gives paragraphs their ids: ends each paragraph with
 * a ¶ link to itself, named for screen readers (“第二部分第4段的链接”) and kept out of the search index.
 */
export default function rehypePermalinks() {
  return (tree: Root, file: { path?: string }) => {
    const english = (file.path ?? '').replaceAll('\\', '/').includes('/content/en/');
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      const id = node.properties['id'];
      if (typeof id !== 'string' || !/^[a-z]+-\d+$/.test(id)) continue;
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: {
          href: `#${id}`,
          className: ['permalink'],
          ariaLabel: english ? `Link to ${englishParagraphLabel(id, PART_IDS)}` : `${paragraphLabel(id, PART_IDS)}的链接`,
          dataPagefindIgnore: '',
        },
        children: [{ type: 'text', value: '¶' }],
      };
      node.children.push(link);
    }
  };
}
