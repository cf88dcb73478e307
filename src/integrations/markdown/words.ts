import type { Lang } from '../../i18n/locale.ts';
import { englishParagraphLabel, paragraphLabel } from '../../lib/text/paragraphs.ts';
import { PART_IDS } from '../../lib/content/layout.ts';

/** The words the markdown plugins write into the article's HTML, per language. */
export interface MarkdownWords {
  /** The search sub-result title of the n-th paragraph of a part. */
  paragraphTitle: (position: number) => string;
  /** The accessible name of a paragraph's ¶ link. */
  permalinkLabel: (paragraphId: string) => string;
}

/** The markdown plugins' words in each language. */
export const MARKDOWN_WORDS: Readonly<Record<Lang, MarkdownWords>> = {
  'zh-CN': {
    paragraphTitle: (n) => `第${n}段`,
    permalinkLabel: (id) => `${paragraphLabel(id, PART_IDS)}的链接`,
  },
  en: {
    paragraphTitle: (n) => `Paragraph ${n}`,
    permalinkLabel: (id) => `Link to ${englishParagraphLabel(id, PART_IDS)}`,
  },
};
