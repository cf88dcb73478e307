import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { englishPartSchema, englishPublicationSchema, figureSchema, partSchema, publicationSchema } from './schemas.ts';

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

export const collections = { article, meta, figures, articleEn, metaEn };
