import { z } from 'astro/zod';

/** The ids of the article's parts, in reading order: the lede, then the three sections. */
export const PART_IDS = ['lede', 'organizing', 'vanguard', 'contributions'] as const;

/** One part of the article's text: the lede, or a section with its heading. */
export type PartId = (typeof PART_IDS)[number];

/** A paragraph's id, e.g. `vanguard-4`: its part, then its place in the part from 1. */
const paragraphIdSchema = z
  .string()
  .regex(/^(lede|organizing|vanguard|contributions)-[1-9]\d*$/, 'expected a paragraph id such as vanguard-4');

/** An entry's id in a data file: lowercase letters, digits and hyphens. */
const entryIdSchema = z.string().regex(/^[a-z0-9-]+$/, 'expected an id of lowercase letters, digits and hyphens, such as city-cadres-637');

/** Frontmatter of an article part (`content/article/*.mdx`). */
export const partSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('lede'),
    order: z.literal(0),
  }),
  z.strictObject({
    kind: z.literal('section'),
    order: z.number().int().min(1),
    title: z.string().min(1),
  }),
]);

/** Publication metadata of the article (`content/meta/publication.yaml`). */
export const publicationSchema = z.strictObject({
  title: z.string().min(1),
  authors: z.array(z.string().min(1)).min(1),
  periodical: z.string().min(1),
  issue: z.string().regex(/^\d{4}年第\d+期$/, 'expected the form 2022年第6期'),
  issueAsPrinted: z.string().min(1),
  year: z.number().int(),
  issueNumber: z.number().int().min(1),
  date: z.coerce.date(),
  keywords: z.array(z.string().min(1)).min(1),
  deskEditor: z.string().min(1),
  language: z.literal('zh-CN'),
});

/** One entry of the figures ledger (`content/figures.yaml`). */
export const figureSchema = z.strictObject({
  id: entryIdSchema,
  section: z.enum(PART_IDS),
  paragraph: paragraphIdSchema,
  phrase: z.string().min(1),
  numbers: z.array(z.number().int().nonnegative()).min(1),
  value: z.union([z.number(), z.coerce.date()]),
  approx: z.boolean().default(false),
  unit: z.string().min(1).optional(),
  kind: z.enum(['people', 'person-times', 'organisations', 'places', 'duration', 'date', 'address']),
  label: z.string().min(1).optional(),
});

/** The figures ledger: every number in the article. */
export const figuresSchema = z.array(figureSchema);

/** One correction of the printed text (`content/errata.yaml`): the site shows `corrected` where the periodical printed `printed`. */
export const erratumSchema = z.strictObject({
  id: entryIdSchema,
  /** The paragraph the correction applies to. */
  paragraph: paragraphIdSchema,
  /** The text as printed, quoted exactly as the MDX holds it; it must stand once in the paragraph. */
  printed: z.string().min(1),
  /** The reading the site shows instead. */
  corrected: z.string().min(1),
  /** Why, in a sentence readers see. */
  reason: z.string().min(1),
  /** When the correction was made. */
  date: z.coerce.date(),
});

/** The errata: every correction of the printed text. */
export const errataSchema = z.array(erratumSchema);
