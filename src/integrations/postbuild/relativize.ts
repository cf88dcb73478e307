import { posix } from 'node:path';

const ROOT_RELATIVE = /(\s(?:href|src|action|poster)=)(["'])(\/(?!\/)[^"']*)\2/g;

/** The file a root-relative path names: a folder URL (`/vanguard/`) names its `index.html`, so links work on servers without folder indexes and from `file://`. */
export function fileOf(path: string): string {
  return path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * The relative URL that leads from the page at `pagePath` (a file path in the site, e.g. `vanguard/index.html`) to the root-relative `target`.
 * Folder URLs become explicit `index.html` files; a fragment on the page itself becomes a bare `#fragment`.
 */
export function relativeUrl(pagePath: string, target: string): string {
  const [, path = '/', query = '', fragment = ''] = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(target) ?? [];
  const file = fileOf(path);
  if (file === `/${pagePath}` && query === '' && fragment !== '') return fragment;
  const relative = posix.relative(posix.dirname(`/${pagePath}`), file);
  return (relative.startsWith('.') ? relative : `./${relative}`) + query + fragment;
}

/** Rewrites every root-relative `href`, `src`, `action` and `poster` in an HTML page to a relative URL, so the site works from any folder and from disk. */
export function relativizeHtml(html: string, pagePath: string): string {
  return html.replace(
    ROOT_RELATIVE,
    (_all, attr: string, quote: string, target: string) => `${attr}${quote}${relativeUrl(pagePath, target)}${quote}`,
  );
}
