import { existsSync, readFileSync } from 'node:fs';

/** The pages the site builds, as paths in `dist/`. */
export const PAGES = [
  'index.html',
  'organizing/index.html',
  'vanguard/index.html',
  'contributions/index.html',
  'full/index.html',
  'about/index.html',
  '404.html',
] as const;

/** A built page's HTML. */
export function builtPage(path: string): string {
  const file = `dist/${path}`;
  if (!existsSync(file)) throw new Error(`${file} was not built`);
  return readFileSync(file, 'utf8');
}

/** The text of the element with `id` in a built page, tags stripped (null if absent). */
export function elementText(html: string, id: string): string | null {
  const match = new RegExp(`<p id="${id}"[^>]*>([\\s\\S]*?)</p>`).exec(html);
  return match ? decode(match[1]!.replace(/<[^>]+>/g, '')) : null;
}

/** The ids of the paragraphs in a built page, in document order. */
export function paragraphIds(html: string): string[] {
  return Array.from(html.matchAll(/<p id="([a-z]+-\d+)"/g), (m) => m[1]!);
}

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
