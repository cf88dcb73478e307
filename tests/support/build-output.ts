import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/** The content of every `<meta name|property=key>` in a page, in order. */
export function meta(html: string, key: string): string[] {
  const pattern = new RegExp(`<meta (?:name|property)="${key.replace('.', '\\.')}" content="([^"]*)"`, 'g');
  return Array.from(html.matchAll(pattern), (m) => m[1]!);
}

/** The JSON-LD of a page, parsed. */
export function jsonLd(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  expect(match).not.toBeNull();
  return JSON.parse(match![1]!) as Record<string, unknown>;
}

/** Every file under a folder, as paths relative to it. */
export function filesUnder(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = dir ? `${dir}/${name}` : name;
    return statSync(join(root, path)).isDirectory() ? filesUnder(root, path) : [path];
  });
}

/** Namespace and vocabulary URLs that are identifiers, not links to this site's host. */
export const VOCABULARIES =
  /^https?:\/\/(?:schema\.org|purl\.org\/dc\/|www\.w3\.org\/2000\/svg|www\.sitemaps\.org\/schemas\/|tailwindcss\.com)/;

/**
 * Pagefind's own scripts and styles, as it writes them: their comments credit contributors and cite browser bugs, and its
 * code parses result URLs against a placeholder host. They are not the site's text and name no host the site uses
 * (tests/browser/quality.test.ts checks in Chromium that no page or search requests another host); Pagefind's index is still read.
 */
const PAGEFIND_CODE = /^pagefind\/[^/]+\.(?:js|css)$/;

/** Every absolute URL in the text files of a build (and its `_headers`), but in Pagefind's code, as `path: url`. */
export function absoluteUrls(root: string): string[] {
  return filesUnder(root)
    .filter((path) => (/\.(html|css|js|svg|xml|txt|json)$/.test(path) || path === '_headers') && !PAGEFIND_CODE.test(path))
    .flatMap((path) => Array.from(readFileSync(join(root, path), 'utf8').matchAll(/https?:\/\/[^\s"'<>)]+/g), (m) => `${path}: ${m[0]}`));
}
