/** Root-relative URL of a site page, e.g. `/vanguard/`; made relative after the build. */
export function pageUrl(slug: string): string {
  return slug === '' ? '/' : `/${slug.replace(/^\/|\/$/g, '')}/`;
}

/** Root-relative URL of a paragraph on its section page, e.g. `/vanguard/#vanguard-4`; lede paragraphs live on the home page. */
export function paragraphUrl(paragraphId: string): string {
  const part = paragraphId.replace(/-\d+$/, '');
  return `${pageUrl(part === 'lede' ? '' : part)}#${paragraphId}`;
}
