import { existsSync, readFileSync } from 'node:fs';
import { builtFiles } from '@/i18n/routes.ts';

/** The Chinese pages the site builds, as paths in `dist/` (the English ones are `EN_PAGES`, in `english.ts`). */
export const PAGES = builtFiles('zh-CN');

/** The Chinese pages that are read, not searched or copied from: they must fetch no JavaScript. */
export const READING_PAGES = builtFiles('zh-CN', { reading: true });

/** A built page's HTML. */
export function builtPage(path: string): string {
  const file = `dist/${path}`;
  if (!existsSync(file)) throw new Error(`${file} was not built`);
  return readFileSync(file, 'utf8');
}

/** The text of the element with `id` in a built page, tags stripped (null if absent); elements marked `data-pagefind-ignore` (the ¶ link) are not text and are dropped whole. */
export function elementText(html: string, id: string): string | null {
  const match = new RegExp(`<p id="${id}"[^>]*>([\\s\\S]*?)</p>`).exec(html);
  return match ? decode(match[1]!.replace(NOT_TEXT, '').replace(/<[^>]+>/g, '')) : null;
}

// An element (with no element of the same name inside) whose start tag carries data-pagefind-ignore.
const NOT_TEXT = /<([a-z]+)\b[^>]*\sdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\1>/g;

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

/**
 * A built page's HTML without the spans that keep dates, figures and names on one line (bare in the article text,
 * rehype-keep-together.ts; `class="k"` in the chrome, KeepText.astro), to compare text. A kept name may hold a span of its own.
 */
export function withoutKeepSpans(html: string): string {
  return html.replace(/<span(?: class="k")?>([^<]*(?:<span[^>]*>[^<]*<\/span>[^<]*)*)<\/span>/g, '$1');
}
