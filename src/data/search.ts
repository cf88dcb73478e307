import {
  getEnglishEntities,
  getEnglishGlossary,
  getEnglishParagraphTexts,
  getEntities,
  getGlossary,
  getParagraphTexts,
} from '@/data/companions.ts';
import type { Lang } from '@/i18n/locale.ts';
import { pageUrl } from '@/i18n/urls.ts';
import { convertibleChars, toSimplified } from '@/lib/search/simplifier.ts';
import { foldableChars } from '@/lib/search/traditional.ts';

/** A card the search page shows above the results when the query names a glossary term or an index entry. */
export interface SearchCard {
  id: string;
  kind: 'glossary' | 'person' | 'place' | 'organisation';
  /** The entry's heading in the page's language, and on English pages its Chinese. */
  title: string;
  chinese: string | undefined;
  /** The definition or the note. */
  text: string;
  /** The entry on its companion page. */
  href: string;
  /** Every name the query may give it in the page's language: the term or name and its forms… */
  names: string[];
  /** …and on English pages, the Chinese term or name and its forms too. */
  chineseNames: string[];
}

/** The cards of one language: the glossary's terms, then the people, places and organisations of the index. */
export async function getSearchCards(lang: Lang): Promise<SearchCard[]> {
  const glossaryPage = pageUrl('glossary', lang);
  const indexPage = pageUrl('people-places', lang);
  if (lang === 'en') {
    const [glossary, entities] = await Promise.all([getEnglishGlossary(), getEnglishEntities()]);
    return [
      ...glossary.map((entry): SearchCard => ({
        id: entry.id,
        kind: 'glossary',
        title: entry.en.term,
        chinese: entry.term,
        text: entry.en.definition,
        href: `${glossaryPage}#${entry.id}`,
        names: [entry.en.term, ...entry.en.forms],
        chineseNames: [entry.term, ...entry.forms],
      })),
      ...entities.map((entity): SearchCard => ({
        id: entity.id,
        kind: entity.kind,
        title: entity.en.name,
        chinese: entity.name,
        text: entity.en.note,
        href: `${indexPage}#${entity.id}`,
        names: [entity.en.name, ...entity.en.forms],
        chineseNames: [entity.name, ...entity.forms],
      })),
    ];
  }
  const [glossary, entities] = await Promise.all([getGlossary(), getEntities()]);
  return [
    ...glossary.map((entry): SearchCard => ({
      id: entry.id,
      kind: 'glossary',
      title: entry.term,
      chinese: undefined,
      text: entry.definition,
      href: `${glossaryPage}#${entry.id}`,
      names: [entry.term, ...entry.forms],
      chineseNames: [],
    })),
    ...entities.map((entity): SearchCard => ({
      id: entity.id,
      kind: entity.kind,
      title: entity.name,
      chinese: undefined,
      text: entity.note,
      href: `${indexPage}#${entity.id}`,
      names: [entity.name, ...entity.forms],
      chineseNames: [],
    })),
  ];
}

/** The traditional characters by which a query can reach the text of one language (for the search page to detect them). */
export async function getTraditionalChars(lang: Lang): Promise<string> {
  const texts = lang === 'en' ? await getEnglishParagraphTexts() : await getParagraphTexts();
  return foldableChars(convertibleChars(), toSimplified, [...texts.values()].join(''));
}
