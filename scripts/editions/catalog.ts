import type { Lang } from '../../src/i18n/locale.ts';

/** The folder of dist/ the editions are written to, and linked from. */
export const EDITIONS_FOLDER = 'editions';

/** One edition beyond the web: its file in the editions folder, its format and its language. */
export interface Edition {
  id: 'epub-zh' | 'epub-en' | 'pdf-zh';
  file: string;
  format: 'EPUB' | 'PDF';
  lang: Lang;
  mediaType: string;
}

/** The editions `npm run editions` writes, in the order the about pages list them. */
export const EDITIONS: readonly Edition[] = [
  { id: 'epub-zh', file: 'tongzhou-party-flag-zh.epub', format: 'EPUB', lang: 'zh-CN', mediaType: 'application/epub+zip' },
  { id: 'pdf-zh', file: 'tongzhou-party-flag-zh.pdf', format: 'PDF', lang: 'zh-CN', mediaType: 'application/pdf' },
  { id: 'epub-en', file: 'tongzhou-party-flag-en.epub', format: 'EPUB', lang: 'en', mediaType: 'application/epub+zip' },
];

/** The edition with this id. */
export function edition(id: Edition['id']): Edition {
  const found = EDITIONS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no edition “${id}”`);
  return found;
}
