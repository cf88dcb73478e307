import type { MDXInstance } from 'astro';
import type { Lang } from '@/i18n/locale.ts';
import { CONTENT } from '@/lib/content/layout.ts';
import { editorsNoteSchema, englishEditorsNoteSchema } from '@/schemas.ts';

/**
 * The editor's note in each language, if the files exist. Vite needs the paths written out here, as the literal of its
 * glob; they are CONTENT.editorsNote and CONTENT.en.editorsNote (a test holds them to it). Compiled as any MDX, through
 * the article's rehype plugins, which leave a file that is not a part of the article alone.
 */
export const EDITORS_NOTES = import.meta.glob<MDXInstance<Record<string, unknown>>>(
  ['/content/editors-note.mdx', '/content/en/editors-note.mdx'],
  {
    eager: true,
  },
);

/** The editor's note (编者按) of one language, with who signs it and when; undefined when there is none. */
export function getEditorsNote(
  lang: Lang = 'zh-CN',
): { Content: MDXInstance<Record<string, unknown>>['Content']; by: string; date: Date } | undefined {
  const path = lang === 'en' ? CONTENT.en.editorsNote : CONTENT.editorsNote;
  const note = EDITORS_NOTES[`/${path}`];
  if (!note) return undefined;
  // The content check has read the frontmatter already and named any mistake; here it is only parsed.
  const { by, date } = (lang === 'en' ? englishEditorsNoteSchema : editorsNoteSchema).parse(note.frontmatter);
  return { Content: note.Content, by, date };
}
