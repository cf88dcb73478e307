import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { keepPatternOf } from '../../data/keep-words.ts';
import { partOfPath } from '../../lib/content/layout.ts';
import { keepSpans } from '../../lib/text/keep-together.ts';

/**
 * A token is held together by a bare `<span>`: in the article text, a span without attributes is a keep span (no wrap;
 * global.css), 10 bytes shorter than a classed one, which keeps a section page inside its byte budget. Not a custom
 * element: Pagefind leaves unknown elements' text out of its anchors, which the search reads paragraphs from. Tokens
 * are at most `KEEP_MAX` characters, so each fits a 320 px line.
 */
const isKeepSpan = (node: Element) => node.tagName === 'span' && Object.keys(node.properties).length === 0;

function keepElement(text: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: {},
    children: [{ type: 'text', value: text }],
  };
}

/**
 * Rehype plugin for the article's MDX, run after the glossary's: wraps each date (`5月3日`, `2022年6月18日`), each
 * figure with its unit (`637名`, `3万余人次`) and each name of the index (`content/entities.yaml`) in a bare `<span>` that
 * keeps it on one line. The text is unchanged.
 */
export default function rehypeKeepTogether() {
  return (tree: Root, file: { path?: string }) => {
    const part = partOfPath(file.path ?? '');
    if (!part) return;
    const pattern = keepPatternOf(part.lang);
    visit(tree, (node, index, parent) => {
      // A glossary term's button never wraps, and its popover's definition is not the text: no tokens kept there.
      if (node.type === 'element' && (isKeepSpan(node) || node.tagName === 'button' || node.properties['popover'] !== undefined))
        return SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return undefined;
      const text: Text = node;
      const spans = keepSpans(text.value, pattern);
      if (spans.length === 0) return undefined;
      const pieces: ElementContent[] = [];
      let at = 0;
      for (const span of spans) {
        if (span.start > at) pieces.push({ type: 'text', value: text.value.slice(at, span.start) });
        pieces.push(keepElement(span.text));
        at = span.end;
      }
      if (at < text.value.length) pieces.push({ type: 'text', value: text.value.slice(at) });
      parent.children.splice(index, 1, ...pieces);
      return index + pieces.length;
    });
  };
}
