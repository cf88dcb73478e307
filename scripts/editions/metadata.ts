import type { z } from 'astro/zod';
import type { Lang } from '../../src/i18n/locale.ts';
import { citedWork, gbt7714, plainText } from '../../src/lib/cite/citation.ts';
import type { englishPublicationSchema, publicationSchema } from '../../src/schemas.ts';
import { stableUuid, type EpubMetadata } from './epub.ts';
import { EDITION_WORDS } from './words.ts';

/** The article's metadata in both languages, as content/meta and content/en/meta give it. */
export interface Publications {
  zh: z.infer<typeof publicationSchema>;
  en: z.infer<typeof englishPublicationSchema>;
}

/** The identifier of an edition: a name-based UUID of the project and the edition, the same for every build of it. */
export function editionIdentifier(project: string, edition: string): string {
  return `urn:uuid:${stableUuid(`${project}/${edition}`)}`;
}

/** An EPUB timestamp (dcterms:modified): UTC to the second, `2026-11-30T08:00:00Z`. */
export function epubTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** The package metadata of the EPUB edition in one language. */
export function epubMetadata(lang: Lang, { zh, en }: Publications, identifier: string, modified: Date): EpubMetadata {
  const words = EDITION_WORDS[lang];
  const source = plainText(gbt7714(citedWork(zh, en)));
  const date = zh.date.toISOString().slice(0, 10);
  const fileAs = zh.romanized.authors.map((name) => `${name.family}, ${name.given}`);
  const common = { identifier, lang, date, source, modified: epubTimestamp(modified), accessibilitySummary: words.accessibilitySummary };
  if (lang === 'en') {
    const translator = en.translation.by.replace(/^./, (first) => first.toUpperCase());
    return {
      ...common,
      title: en.title,
      creators: en.authors.map((author, index) => ({ name: author.name, fileAs: fileAs[index] ?? author.name })),
      translators: [translator],
      publisher: translator,
      description: words.description(en.title, `${en.periodical.name} (${en.periodical.zh}), ${en.issue}`),
      subjects: en.keywords.map((keyword) => keyword.name),
      certifiedBy: words.editors,
    };
  }
  return {
    ...common,
    title: zh.title,
    creators: zh.authors.map((name, index) => ({ name, fileAs: fileAs[index] ?? name })),
    translators: [],
    publisher: zh.periodical,
    description: words.description(zh.title, `《${zh.periodical}》${zh.issue}`),
    subjects: zh.keywords,
    certifiedBy: words.editors,
  };
}
