import { PART_IDS } from '../lib/content/layout.ts';
import { LANGS, langFolder, type Lang } from './locale.ts';

/** A page of the site, as every part of it that needs the list of pages sees it. */
export interface Route {
  /** The page's slug within its language: `''` for the home page, `vanguard` for `/vanguard/` and `/en/vanguard/`. */
  slug: string;
  /** Built in every language, with a language switcher to its twin and `hreflang` alternates; otherwise Chinese only. */
  translated: boolean;
  /** Read, not searched or copied from: the page fetches no JavaScript. */
  reading: boolean;
  /** A reader's companion page, linked from every page's header menu in the order of `ROUTES`. */
  companion?: boolean;
  /** The page's file in `dist/` when it is not `<slug>/index.html`. */
  file?: string;
}

/** The article's sections, each a page of its own, in reading order. */
export const SECTION_SLUGS: readonly string[] = PART_IDS.filter((id) => id !== 'lede');

/** Every page of the site, in the order of the site: the article, its companions, then the pages around them. */
export const ROUTES: readonly Route[] = [
  { slug: '', translated: true, reading: true },
  ...SECTION_SLUGS.map((slug) => ({ slug, translated: true, reading: true })),
  { slug: 'full', translated: true, reading: true },
  { slug: 'parallel', translated: true, reading: true },
  { slug: 'search', translated: true, reading: false },
  { slug: 'figures', translated: true, reading: true, companion: true },
  { slug: 'timeline', translated: true, reading: true, companion: true },
  { slug: 'glossary', translated: true, reading: true, companion: true },
  { slug: 'people-places', translated: true, reading: true, companion: true },
  { slug: 'about', translated: true, reading: false, companion: true },
  { slug: '404', translated: false, reading: true, file: '404.html' },
];

/** The slugs of the pages that exist in both languages (`''` is the home page). */
export const TRANSLATED_SLUGS: readonly string[] = ROUTES.filter((route) => route.translated).map((route) => route.slug);

/** The companion pages' slugs, in the header menu's order. */
export const COMPANION_SLUGS: readonly string[] = ROUTES.filter((route) => route.companion).map((route) => route.slug);

/** The route of a slug; throws for a page the site does not have. */
export function route(slug: string): Route {
  const found = ROUTES.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`src/i18n/routes.ts: no page “${slug}”; add it to ROUTES`);
  return found;
}

/** The languages a page is built in. */
export function routeLangs(slug: string): readonly Lang[] {
  return route(slug).translated ? LANGS : [LANGS[0]];
}

/** The page's file in `dist/` in one language, e.g. `en/vanguard/index.html`, `index.html`, `404.html`. */
export function builtFile(slug: string, lang: Lang): string {
  const { file } = route(slug);
  return [langFolder(lang), file ?? slug, file ? '' : 'index.html'].filter((part) => part).join('/');
}

/** Every page's file in `dist/` in one language, in the order of `ROUTES`; only the reading pages if `reading` is set. */
export function builtFiles(lang: Lang, { reading = false }: { reading?: boolean } = {}): string[] {
  return ROUTES.filter((r) => routeLangs(r.slug).includes(lang) && (!reading || r.reading)).map((r) => builtFile(r.slug, lang));
}

/** The `getStaticPaths` entries of a `src/pages/[...lang]/` route: one per language, its folder as the rest parameter (none for Chinese). */
export function langPaths(slug: string): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return routeLangs(slug).map((lang) => ({ params: { lang: langFolder(lang) }, props: { lang } }));
}
