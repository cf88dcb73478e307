import { getEnglishPublication, getPublication } from '@/data/article.ts';
import { getEdition } from '@/data/edition.ts';
import { apaTranslation, gbt7714, type OnlineCopy, type Run } from '@/lib/cite/citation.ts';
import { dayOf } from '@/lib/cite/provenance.ts';
import type { Lang } from '@/i18n/locale.ts';
import { absoluteUrl, pageUrl } from '@/i18n/urls.ts';

/** The Open Graph image: its root-relative URL and size in pixels (the 1.91:1 that link previews expect). */
export const OG_IMAGE = { path: '/og.png', width: 1200, height: 630 } as const;

/** This edition's home page URL, when the site's address is known (`SITE_URL`). */
export function homeUrl(site: URL | undefined): string | undefined {
  return site ? absoluteUrl(site.href, '/') : undefined;
}

/** This edition online, for a [J/OL] citation: needs the site's address and a build date (the access date until the page puts in the reader's day). */
export async function onlineCopy(site: URL | undefined): Promise<OnlineCopy | undefined> {
  const url = homeUrl(site);
  const { build } = await getEdition();
  return url && build.date ? { url, accessed: dayOf(build.date.iso) } : undefined;
}

/**
 * The citation a page of this language gives: on Chinese pages the article by GB/T 7714 (as this edition online, [J/OL],
 * when the site's address is known); on English pages the translation by APA, with its address when known.
 */
export async function pageCitation(lang: Lang, site: URL | undefined): Promise<Run[]> {
  const publication = await getPublication();
  if (lang === 'zh-CN') return gbt7714(publication, await onlineCopy(site));
  const translated = translatedWork(await getEnglishPublication());
  return apaTranslation(publication, translated, site ? { url: absoluteUrl(site.href, pageUrl('', 'en')) } : undefined);
}

/** The translation as the citation styles take it: its title, who translated it and the year. */
export function translatedWork(english: Awaited<ReturnType<typeof getEnglishPublication>>) {
  return {
    title: english.title,
    titleSentenceCase: english.titleSentenceCase,
    by: english.translation.by,
    year: english.translation.date.getUTCFullYear(),
  };
}
