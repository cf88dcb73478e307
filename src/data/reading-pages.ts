import { getSectionPages, type SectionPage } from '@/data/article.ts';
import { getTitlePage } from '@/data/title-page.ts';
import { FORMATS } from '@/i18n/formats.ts';
import type { Lang } from '@/i18n/locale.ts';
import { UI } from '@/i18n/ui.ts';
import { format } from '@/lib/text/template.ts';

/** A page's title and description, as `BaseLayout` takes them. */
export interface PageHead {
  title: string;
  description: string;
}

/** The `getStaticPaths` entries of one language's section pages: each section with its neighbours. */
export async function sectionPaths(lang: Lang): Promise<{ params: { section: string }; props: { page: SectionPage } }[]> {
  return (await getSectionPages(lang)).map((page) => ({ params: { section: page.section.id }, props: { page } }));
}

/** The words a section page is named with: its title and description, and the line that places it in the article. */
export async function sectionHead(lang: Lang, page: SectionPage): Promise<PageHead & { article: string; part: string }> {
  const strings = UI[lang].pages.section;
  const { title: article } = await getTitlePage(lang);
  const values = { article, title: page.title, short: page.short, number: FORMATS[lang].partNumber(page.number) };
  return {
    title: format(strings.title, values),
    description: format(strings.description, values),
    article,
    part: format(strings.part, values),
  };
}

/** The full text's title and description. */
export async function fullHead(lang: Lang): Promise<PageHead> {
  const { title: article } = await getTitlePage(lang);
  return { title: UI[lang].full, description: format(UI[lang].pages.full.description, { article }) };
}
