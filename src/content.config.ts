import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
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
  loader: glob({ pattern: '*.mdx', base: './content/article' }),
  schema: partSchema,
});

/** Publication metadata: one YAML file per record (`publication.yaml`). */
const meta = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/meta' }),
  schema: publicationSchema,
});

/** The figures ledger. */
const figures = defineCollection({
  loader: file('./content/figures.yaml'),
  schema: figureSchema,
});

/** Terms explained for readers, in the order they first stand in the article. */
const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: glossaryEntrySchema,
});

/** The article's dated events and its publication. */
const timeline = defineCollection({
  loader: file('./content/timeline.yaml'),
  schema: timelineEventSchema,
});

/** The people, places and organisations the article names. */
const entities = defineCollection({
  loader: file('./content/entities.yaml'),
  schema: entitySchema,
});

/** The English translation: one MDX file per part, named and paragraphed as the Chinese. */
const articleEn = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/en/article' }),
  schema: englishPartSchema,
});

/** English publication metadata (`content/en/meta/publication.yaml`). */
const metaEn = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/en/meta' }),
  schema: englishPublicationSchema,
});

/** The English twins of the glossary, the timeline, the who-and-where index and the figures ledger: the same ids, in English. */
const glossaryEn = defineCollection({ loader: file('./content/en/glossary.yaml'), schema: englishGlossaryEntrySchema });
const timelineEn = defineCollection({ loader: file('./content/en/timeline.yaml'), schema: englishTimelineEventSchema });
const entitiesEn = defineCollection({ loader: file('./content/en/entities.yaml'), schema: englishEntitySchema });
const figuresEn = defineCollection({ loader: file('./content/en/figures.yaml'), schema: englishFigureSchema });

/** The errata: corrections of the printed text, shown in the text and listed with their reasons. */
const errata = defineCollection({
  loader: file('./content/errata.yaml'),
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
