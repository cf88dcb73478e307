import { pageUrl } from '@/lib/urls.ts';

/** A link in the site's navigation. */
export interface NavLink {
  /** Matches the `current` prop of the page it leads to. */
  id: string;
  href: string;
  label: string;
}

/** The reader's companion pages, linked from every page's footer navigation, in this order. */
export const companionLinks: NavLink[] = [companion('about', '关于本版')];

/** Root-relative link to a companion page. */
export function companion(id: string, label: string): NavLink {
  return { id, href: pageUrl(id), label };
}
