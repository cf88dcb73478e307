import { getEnglishPublication, getPublication, type Publication } from '@/data/article.ts';
import type { Lang } from '@/i18n/locale.ts';
import { englishMonth } from '@/lib/text/format.ts';

/** A name as one language's pages give it; in a translation, with the Chinese it stands for. */
export interface Name {
  name: string;
  zh?: string;
}

/** What the article's title page says in one language: the Chinese original, or the English translation with its credits. */
export interface TitlePage {
  lang: Lang;
  /** The Chinese publication record, whose dates and numbers every language shares. */
  publication: Publication;
  title: string;
  authors: Name[];
  deskEditor: Name;
  keywords: Name[];
  periodical: string;
  issue: string;
  /** A translation's note of the periodical's Chinese name and its gloss, and who translated it when; absent for the original. */
  translation?: { periodicalZh: string; gloss: string; by: string; month: string };
}

/** The article's title page in `lang`: from content/meta/publication.yaml, or its English twin. */
export async function getTitlePage(lang: Lang): Promise<TitlePage> {
  const publication = await getPublication();
  if (lang === 'zh-CN') {
    const names = (list: readonly string[]) => list.map((name) => ({ name }));
    const { title, periodical, issue } = publication;
    return {
      lang,
      publication,
      title,
      periodical,
      issue,
      authors: names(publication.authors),
      deskEditor: { name: publication.deskEditor },
      keywords: names(publication.keywords),
    };
  }
  const english = await getEnglishPublication();
  const { title, authors, deskEditor, keywords, periodical, issue, translation } = english;
  return {
    lang,
    publication,
    title,
    authors,
    deskEditor,
    keywords,
    periodical: periodical.name,
    issue,
    translation: { periodicalZh: periodical.zh, gloss: periodical.gloss, by: translation.by, month: englishMonth(translation.date) },
  };
}
