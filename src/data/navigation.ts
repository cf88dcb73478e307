import { pageUrl } from '@/lib/urls.ts';

/** A link in the site's navigation. */
export interface NavLink {
  /** Matches the `current` prop of the page it leads to. */
  id: string;
  href: string;
  label: string;
}

/** The reader's companion pages, linked from every page's footer navigation, in this order. */
export const companionLinks: NavLink[] = [
  companion('figures', '数字一览'),
  companion('timeline', '时间线'),
  companion('glossary', '名词解释'),
  companion('people-places', '人物与地点'),
  companion('about', '关于本版'),
];

/** Root-relative link to a companion page. */
export function companion(id: string, label: string): NavLink {
  return { id, href: pageUrl(id), label };
}
