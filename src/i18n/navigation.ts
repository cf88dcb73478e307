import { LANGS, type Lang } from './locale.ts';
import { COMPANION_SLUGS } from './routes.ts';
import { pageTitle } from './ui.ts';
import { pageUrl } from './urls.ts';

/** A link in the site's navigation. */
export interface NavLink {
  /** The slug of the page it leads to, matched against the current page's to mark it current. */
  slug: string;
  href: string;
  label: string;
}

/** The reader's companion pages of each language, linked from every page's header menu, in the order of `ROUTES`, each by its title. */
export const companionLinks: Readonly<Record<Lang, NavLink[]>> = Object.fromEntries(
  LANGS.map((lang) => [lang, COMPANION_SLUGS.map((slug) => ({ slug, href: pageUrl(slug, lang), label: pageTitle(lang, slug) }))]),
) as Record<Lang, NavLink[]>;
