import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT } from './lib/content/layout.ts';
import {
  englishEntitySchema,
  englishFigureSchema,
  englishGlossaryEntrySchema,
  englishPartSchema,
  englishTimelineEventSchema,
  englishPublicationSchema,
  entitySchema,
  erratumSchema,
  figureSchema,
  glossaryEntrySchema,
  partSchema,
  publicationSchema,
  timelineEventSchema,
} from './schemas.ts';

/** The lede and the three sections, one MDX file each; the file name is the part's id. */
const article = defineCollection({
  loader: glob({ pattern: '*.mdx', base: CONTENT.article }),
  schema: partSchema,
});

/** Publication metadata: one YAML file per record (`publication.yaml`). */
const meta = defineCollection({
  loader: glob({ pattern: '*.yaml', base: CONTENT.meta }),
  schema: publicationSchema,
});

/** The figures ledger. */
const figures = defineCollection({
  loader: file(CONTENT.figures),
  schema: figureSchema,
});

/** Terms explained for readers, in the order they first stand in the article. */
const glossary = defineCollection({
  loader: file(CONTENT.glossary),
  schema: glossaryEntrySchema,
});

/** The article's dated events and its publication. */
const timeline = defineCollection({
  loader: file(CONTENT.timeline),
  schema: timelineEventSchema,
});

/** The people, places and organisations the article names. */
const entities = defineCollection({
  loader: file(CONTENT.entities),
  schema: entitySchema,
});

/** The English translation: one MDX file per part, named and paragraphed as the Chinese. */
const articleEn = defineCollection({
  loader: glob({ pattern: '*.mdx', base: CONTENT.en.article }),
  schema: englishPartSchema,
});

/** English publication metadata (`content/en/meta/publication.yaml`). */
const metaEn = defineCollection({
  loader: glob({ pattern: '*.yaml', base: CONTENT.en.meta }),
  schema: englishPublicationSchema,
});

/** The English twins of the glossary, the timeline, the who-and-where index and the figures ledger: the same ids, in English. */
const glossaryEn = defineCollection({ loader: file(CONTENT.en.glossary), schema: englishGlossaryEntrySchema });
const timelineEn = defineCollection({ loader: file(CONTENT.en.timeline), schema: englishTimelineEventSchema });
const entitiesEn = defineCollection({ loader: file(CONTENT.en.entities), schema: englishEntitySchema });
const figuresEn = defineCollection({ loader: file(CONTENT.en.figures), schema: englishFigureSchema });

/** The errata: corrections of the printed text, shown in the text and listed with their reasons. */
const errata = defineCollection({
  loader: file(CONTENT.errata),
  schema: erratumSchema,
});

export const collections = {
  article,
  meta,
  figures,
  errata,
  glossary,
  timeline,
  entities,
  articleEn,
  metaEn,
  glossaryEn,
  timelineEn,
  entitiesEn,
  figuresEn,
};
