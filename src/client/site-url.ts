// Where the site's files are, wherever the site is served from (a subpath, a mirror): every page carries a link to
// the favicon at the site's root.

/** The site's root, from the favicon link every page carries at its root. */
function siteRoot(): string {
  const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
  return new URL('.', icon?.href ?? location.href).href;
}

/** A file of the site, by its path from the site's root. */
export function siteUrl(path: string): string {
  return new URL(path, siteRoot()).href;
}
