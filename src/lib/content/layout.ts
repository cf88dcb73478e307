import type { Lang } from '../../i18n/locale.ts';

/** The ids of the article's parts, in reading order: the lede, then the three sections. */
export const PART_IDS = ['lede', 'organizing', 'vanguard', 'contributions'] as const;

/** One part of the article's text: the lede, or a section with its heading. */
export type PartId = (typeof PART_IDS)[number];

/** Where each content file lives, relative to the project: the one place these paths are spelled out. */
export const CONTENT = {
  /** The folder of the content, as the dev server's watcher sees it. */
  root: 'content',
  /** The Chinese article's parts, one MDX file per part. */
  article: 'content/article',
  /** The publication metadata folder (`publication.yaml`). */
  meta: 'content/meta',
  publication: 'content/meta/publication.yaml',
  figures: 'content/figures.yaml',
  errata: 'content/errata.yaml',
  glossary: 'content/glossary.yaml',
  timeline: 'content/timeline.yaml',
  entities: 'content/entities.yaml',
  /** The verbatim reference text, never edited. */
  reference: 'content/reference/article.txt',
  /** The editor's note (编者按): optional, shown before the article, not part of the printed text. */
  editorsNote: 'content/editors-note.mdx',
  /** The English translation's parts, and its twins of the metadata and the companions' data. */
  en: {
    article: 'content/en/article',
    meta: 'content/en/meta',
    publication: 'content/en/meta/publication.yaml',
    glossary: 'content/en/glossary.yaml',
    timeline: 'content/en/timeline.yaml',
    entities: 'content/en/entities.yaml',
    figures: 'content/en/figures.yaml',
    editorsNote: 'content/en/editors-note.mdx',
  },
} as const;

/** The folder of each language's article parts. */
export const PART_FOLDERS: Readonly<Record<Lang, string>> = { 'zh-CN': CONTENT.article, en: CONTENT.en.article };

/** The file of a part in one language, e.g. `content/en/article/vanguard.mdx`. */
export function partFile(id: string, lang: Lang = 'zh-CN'): string {
  return `${PART_FOLDERS[lang]}/${id}.mdx`;
}

/** The part a content path is a file of, and its language (`/x/content/en/article/vanguard.mdx` → vanguard, en); undefined for any other file. */
export function partOfPath(path: string): { id: string; lang: Lang } | undefined {
  const file = path.replaceAll('\\', '/');
  for (const lang of Object.keys(PART_FOLDERS) as Lang[]) {
    const match = new RegExp(`(?:^|/)${PART_FOLDERS[lang]}/([^/]+)\\.mdx$`).exec(file);
    if (match) return { id: match[1] ?? '', lang };
  }
  return undefined;
}

/** A YAML frontmatter block at the start of an MDX source; group 1 is its YAML. */
export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** A paragraph id of the article, e.g. `vanguard-4`: a part's id, then the paragraph's place in the part from 1. */
export const PARAGRAPH_ID = new RegExp(`^(${PART_IDS.join('|')})-([1-9]\\d*)$`);
