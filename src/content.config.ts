import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { erratumSchema, figureSchema, partSchema, publicationSchema } from './schemas.ts';

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

/** The errata: corrections of the printed text, shown in the text and listed with their reasons. */
const errata = defineCollection({
  loader: file('./content/errata.yaml'),
  schema: erratumSchema,
});

export const collections = { article, meta, figures, errata };
