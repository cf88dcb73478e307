import type { Lang } from '@/i18n/locale.ts';
import { pageUrl } from '@/i18n/urls.ts';

/** A link in the site's navigation. */
export interface NavLink {
  /** Matches the `current` prop of the page it leads to. */
  id: string;
  href: string;
  label: string;
}

/** The reader's companion pages of each language, linked from every page's footer navigation, in this order. */
export const companionLinks: Readonly<Record<Lang, NavLink[]>> = {
  'zh-CN': [
    companion('figures', '数字一览'),
    companion('timeline', '时间线'),
    companion('glossary', '名词解释'),
    companion('people-places', '人物与地点'),
    companion('about', '关于本版'),
  ],
  en: [
    companion('figures', 'Figures', 'en'),
    companion('timeline', 'Timeline', 'en'),
    companion('glossary', 'Glossary', 'en'),
    companion('people-places', 'People and places', 'en'),
    companion('about', 'About this edition', 'en'),
  ],
};

/** Root-relative link to a companion page in one language. */
export function companion(id: string, label: string, lang: Lang = 'zh-CN'): NavLink {
  return { id, href: pageUrl(id, lang), label };
}
