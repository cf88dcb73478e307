/** The site's languages: the Chinese original at the root, the English translation under `/en/`. */
export const LANGS = ['zh-CN', 'en'] as const;

/** A language of the site, as a BCP 47 tag for `lang` and `hreflang`. */
export type Lang = (typeof LANGS)[number];

/** The language every page has unless it says otherwise, and the `x-default` of the alternates. */
export const DEFAULT_LANG: Lang = 'zh-CN';

/** The folder of the English pages. */
export const EN_PREFIX = 'en';

/** The folder of each language's pages: none for Chinese, at the root. */
const LANG_FOLDERS: Readonly<Record<Lang, string | undefined>> = { 'zh-CN': undefined, en: EN_PREFIX };

/** The folder of a language's pages (`en`), or undefined for the language at the root. */
export function langFolder(lang: Lang): string | undefined {
  return LANG_FOLDERS[lang];
}

/** A page's place in the site: its language and its slug within that language (`''` for the home page). */
export interface PagePlace {
  lang: Lang;
  slug: string;
}

/** Where a root-relative page path stands: `/en/vanguard/` → English `vanguard`, `/vanguard/` → Chinese `vanguard`, `/404.html` → Chinese `404`. */
export function pagePlace(pathname: string): PagePlace {
  const segments = pathname.split('/').filter((segment) => segment !== '' && segment !== 'index.html');
  const lang = LANGS.find((candidate) => LANG_FOLDERS[candidate] !== undefined && LANG_FOLDERS[candidate] === segments[0]) ?? DEFAULT_LANG;
  const slug = segments
    .slice(LANG_FOLDERS[lang] === undefined ? 0 : 1)
    .join('/')
    .replace(/\.html$/, '');
  return { lang, slug };
}

/** A `<link rel="alternate">` of a page: the same page in one language. */
export interface Alternate {
  hreflang: Lang | 'x-default';
  /** Root-relative; made relative after the build. */
  href: string;
}

/**
 * The alternates of the page at `slug`, both languages and `x-default` (the Chinese original), when the page
 * exists in every language (`translated` lists those slugs); none otherwise, so no alternate ever leads nowhere.
 */
export function alternates(slug: string, translated: readonly string[], url: (slug: string, lang: Lang) => string): Alternate[] {
  if (!translated.includes(slug)) return [];
  return [...LANGS.map((lang) => ({ hreflang: lang, href: url(slug, lang) })), { hreflang: 'x-default', href: url(slug, DEFAULT_LANG) }];
}
