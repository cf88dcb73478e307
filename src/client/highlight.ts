// On a page reached from a search result (`?highlight=四长管控`), marks what the search found, each phrase as one
// run however the page's markup divides it (a glossary link, say), with the search's own folding and matching. The
// inline loader imports this module only on such pages; the build bundles it as pagefind/search-highlight.js.
import { findInText, mergeRanges, type Range } from '@/lib/search/match.ts';
import { fold, foldQuery } from '@/lib/search/normalize.ts';

/** The elements whose text is searched: the indexed region's blocks (the innermost, where blocks nest). */
const BLOCK = ':is(p, h1, h2, h3, li)';
const BLOCKS = `[data-pagefind-body] ${BLOCK}`;

/** The text nodes of a block that are its text: not inside anything the index leaves out (the ¶ link). */
function textNodes(block: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-pagefind-ignore]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** Wraps the stretch `[from, to)` of a text node in a mark. */
function wrap(node: Text, from: number, to: number): void {
  const middle = node.splitText(from);
  middle.splitText(to - from);
  const mark = document.createElement('mark');
  mark.className = 'search-highlight';
  middle.replaceWith(mark);
  mark.append(middle);
}

/** Marks every range of a block's text, last first, so that the offsets still to do stay valid. */
function markBlock(nodes: readonly Text[], ranges: readonly Range[]): void {
  const starts: number[] = [];
  let offset = 0;
  for (const node of nodes) {
    starts.push(offset);
    offset += node.data.length;
  }
  for (const [from, to] of [...ranges].reverse()) {
    for (let i = nodes.length - 1; i >= 0; i -= 1) {
      const node = nodes[i] as Text;
      const start = starts[i] ?? 0;
      const a = Math.max(from, start);
      const b = Math.min(to, start + node.data.length);
      if (b > a) wrap(node, a - start, b - start);
    }
  }
}

/** Marks the highlight terms of the page's address throughout its indexed text. */
function highlight(): void {
  const terms = new URLSearchParams(location.search)
    .getAll('highlight')
    .map(foldQuery)
    .filter((term) => term !== '');
  if (terms.length === 0) return;
  for (const block of document.querySelectorAll(BLOCKS)) {
    if (block.querySelector(BLOCK)) continue;
    const nodes = textNodes(block);
    const text = fold(nodes.map((node) => node.data).join(''));
    const ranges = mergeRanges(terms.flatMap((term) => findInText(text, term)));
    if (ranges.length > 0) markBlock(nodes, ranges);
  }
}

highlight();
