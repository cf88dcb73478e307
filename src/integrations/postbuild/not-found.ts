import { createHash } from 'node:crypto';
import { absoluteUrl } from '../../i18n/urls.ts';

const STYLESHEET = /<link rel="stylesheet" href="([^"]+)"\s*\/?>/g;
const ROOT_RELATIVE = /(\s(?:href|src)=)(["'])(\/(?!\/)[^"']*)\2/g;

/** The CSP source expression (`sha256-…`) that allows exactly this inline style. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
}

/**
 * A page with each stylesheet `<link>` replaced by a `<style>` holding the file `css(href)` reads, and each style's hash
 * added to the CSP `<meta>`'s `style-src`: the page then looks right wherever it is served, whatever its address.
 */
export function inlineStylesheets(html: string, css: (href: string) => string): string {
  const hashes: string[] = [];
  const inlined = html.replace(STYLESHEET, (_all, href: string) => {
    const text = css(href);
    if (text.includes('</style')) throw new Error(`${href} holds “</style”: it cannot be inlined`);
    hashes.push(styleHash(text));
    return `<style>${text}</style>`;
  });
  if (hashes.length === 0) return html;
  return inlined.replace(/(<meta http-equiv="content-security-policy" content="[^"]*style-src [^;"]*)/, `$1 ${hashes.join(' ')}`);
}

/** Rewrites every root-relative `href` and `src` to an absolute URL on the site at `site` (which may have a path). */
export function absolutizeHtml(html: string, site: string): string {
  return html.replace(
    ROOT_RELATIVE,
    (_all, attr: string, quote: string, target: string) => `${attr}${quote}${absoluteUrl(site, target)}${quote}`,
  );
}
