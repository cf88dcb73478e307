/** A built page and the Content-Security-Policy its `<meta>` carries. */
export interface PagePolicy {
  /** The page's file in the site, e.g. `vanguard/index.html`. */
  file: string;
  csp: string;
}

/** Headers every response gets. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The Content-Security-Policy `<meta>` of an HTML page, or null. */
export function metaCsp(html: string): string | null {
  const tag = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return (
    tag?.[1]
      ?.replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&') ?? null
  );
}

/**
 * The page with its Content-Security-Policy `<meta>` moved to the head's start, right after `<meta charset>`: a policy
 * given by `<meta>` covers only what comes after it, so nothing (an inline script, the favicon) may come before.
 */
export function cspFirst(html: string): string {
  const tag = /<meta http-equiv="content-security-policy" content="[^"]*"\s*\/?>/i.exec(html);
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (!tag || !charset) return html;
  const without = html.slice(0, tag.index) + html.slice(tag.index + tag[0].length);
  const at = without.indexOf(charset[0]) + charset[0].length;
  return without.slice(0, at) + tag[0] + without.slice(at);
}

/** The URL paths a page answers at: `vanguard/index.html` → `/vanguard/` and `/vanguard/index.html`. */
export function pagePaths(file: string): string[] {
  if (file === 'index.html') return ['/', '/index.html'];
  if (file.endsWith('/index.html')) return [`/${file.slice(0, -'index.html'.length)}`, `/${file}`];
  return [`/${file}`];
}

/**
 * A `_headers` file (the format Netlify and Cloudflare Pages read): common headers for every path, and each page's
 * policy on its own paths only, since both hosts join repeated headers and two policies would both be enforced.
 * The header form adds `frame-ancestors 'none'`, which a `<meta>` policy cannot carry.
 */
export function renderHeaders(pages: readonly PagePolicy[]): string {
  const lines = ['/*', ...Object.entries(COMMON_HEADERS).map(([name, value]) => `  ${name}: ${value}`)];
  for (const page of [...pages].sort((a, b) => a.file.localeCompare(b.file))) {
    const policy = `${page.csp.trim().replace(/;\s*$/, '')}; frame-ancestors 'none'`.replace(/;\s*/g, '; ');
    for (const path of pagePaths(page.file)) lines.push(path, `  Content-Security-Policy: ${policy}`);
  }
  return `${lines.join('\n')}\n`;
}
