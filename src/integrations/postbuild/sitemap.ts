const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** A sitemap (sitemaps.org 0.9) listing the given absolute URLs, sorted, so the file does not depend on build order. */
export function sitemapXml(urls: readonly string[]): string {
  const entries = [...new Set(urls)]
    .sort()
    .map((url) => `  <url><loc>${url.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c)}</loc></url>\n`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</urlset>\n`;
}

/** A robots.txt that lets every crawler in and names the sitemap. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/** True when a site at `site` stands at its host's root, the only place crawlers look for `robots.txt` (RFC 9309). */
export function robotsAtRoot(site: string): boolean {
  return new URL(site).pathname === '/';
}
