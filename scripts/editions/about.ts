import type { Lang } from '../../src/i18n/locale.ts';
import { EDITIONS_FOLDER, type Edition } from './catalog.ts';
import { escapeXml } from './xhtml.ts';

/** An edition as written: its bytes' count and SHA-256. */
export interface WrittenEdition {
  edition: Edition;
  bytes: number;
  sha256: string;
}

/** The element of the built about pages that holds the list of editions (src/components/about/EditionsList.astro). */
export const SLOT = /(<div\b[^>]*\bdata-editions(?:=""|\b)[^>]*>)[\s\S]*?(<\/div>)/;

const NAMES: Readonly<Record<Lang, Record<Edition['id'], string>>> = {
  'zh-CN': { 'epub-zh': 'EPUB 电子书（中文）', 'pdf-zh': 'PDF 印刷版（中文，A4）', 'epub-en': 'EPUB 电子书（英译）' },
  en: { 'epub-zh': 'EPUB e-book (Chinese)', 'pdf-zh': 'PDF for print (Chinese, A4)', 'epub-en': 'EPUB e-book (English translation)' },
};

/** A size as readers read it, with the exact count of bytes: `1.2 MB（1,234,567 字节）` or `1.2 MB (1,234,567 bytes)`. */
export function sizeLabel(bytes: number, lang: Lang): string {
  const short = bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} KB`;
  const exact = bytes.toLocaleString('en-US');
  return lang === 'en' ? `${short} (${exact} bytes)` : `${short}（${exact} 字节）`;
}

/** The list of editions for an about page at `pageFile` (e.g. `en/about/index.html`): links relative to it, sizes and digests. */
export function editionsListHtml(written: readonly WrittenEdition[], lang: Lang, pageFile: string): string {
  const up = '../'.repeat(pageFile.split('/').length - 1);
  const items = written.map(({ edition, bytes, sha256 }) => {
    const hreflang = edition.lang === lang ? '' : ` hreflang="${edition.lang}"`;
    const link = `<a href="${up}${EDITIONS_FOLDER}/${escapeXml(edition.file)}" type="${edition.mediaType}"${hreflang} class="underline" data-edition="${edition.id}">${escapeXml(NAMES[lang][edition.id])}</a>`;
    const digest = `<span class="text-sm text-muted">SHA-256 <code class="break-all">${sha256}</code></span>`;
    return `<li class="mt-2">${link}${lang === 'en' ? ', ' : '，'}<span data-edition-size="${bytes}">${sizeLabel(bytes, lang)}</span><br>${digest}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

/** The about page's HTML with its editions slot filled; an error naming the file when the page has no slot. */
export function fillEditions(html: string, list: string, file: string): string {
  if (!SLOT.test(html))
    throw new Error(
      `${file}: no <div data-editions> to list the editions in; the about page must render src/components/about/EditionsList.astro`,
    );
  return html.replace(SLOT, (_, open: string, close: string) => `${open}${list}${close}`);
}
