// What Pagefind indexes of a built page. Pagefind gives the search each paragraph as the text of its element, but it
// takes that text only from the inline elements it knows (spans, links, b, i, …) and leaves out an <ins>: a corrected
// reading (rehype-errata.ts marks 全镇 as <ins>) would be missing from its paragraph, and a phrase running through it
// would not be found. The index reads each page with its <ins> as <span>; the page itself keeps its <ins>.

/** Pages that mark their searchable part (`data-pagefind-body`); the others are not indexed. */
export function isIndexed(html: string): boolean {
  return /\sdata-pagefind-body[\s=>]/.test(html);
}

/** The page as Pagefind reads it: every <ins> (opening and closing tags, attributes kept) as <span>. */
export function forIndexing(html: string): string {
  return html.replace(/<(\/?)ins(?=[\s>/])/gi, '<$1span');
}
