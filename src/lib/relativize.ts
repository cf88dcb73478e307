import { posix } from 'node:path';

const ROOT_RELATIVE = /(\s(?:href|src|action|poster)=)(["'])(\/(?!\/)[^"']*)\2/g;

/** The relative URL that leads from the page at `pagePath` (a file path in the site, e.g. `vanguard/index.html`) to the root-relative `target`. */
export function relativeUrl(pagePath: string, target: string): string {
  const [, path = '/', suffix = ''] = /^([^?#]*)(.*)$/.exec(target) ?? [];
  const fromDir = posix.dirname(`/${pagePath}`);
  let relative = posix.relative(fromDir, path);
  if (path.endsWith('/') && relative !== '') relative += '/';
  if (relative === '') relative = '.' + (path.endsWith('/') ? '/' : '');
  else if (!relative.startsWith('.')) relative = `./${relative}`;
  return relative + suffix;
}

/** Rewrites every root-relative `href`, `src`, `action` and `poster` in an HTML page to a relative URL, so the site works from any folder. */
export function relativizeHtml(html: string, pagePath: string): string {
  return html.replace(
    ROOT_RELATIVE,
    (_all, attr: string, quote: string, target: string) => `${attr}${quote}${relativeUrl(pagePath, target)}${quote}`,
  );
}
