import { PART_IDS } from '../lib/content/layout.ts';
import { labelParagraph } from '../lib/text/paragraphs.ts';
import { format } from '../lib/text/template.ts';
import { FORMATS } from './formats.ts';
import type { Lang } from './locale.ts';
import { UI } from './ui.ts';

/** How readers of one language name a paragraph: `vanguard-4` → `第二部分第4段`, `Part 2, paragraph 4`. */
export function paragraphLabel(id: string, lang: Lang = 'zh-CN'): string {
  return labelParagraph(id, PART_IDS, UI[lang].paragraphs, FORMATS[lang].tocNumber);
}

/** The search sub-result title of the n-th paragraph of a part: `第4段`, `Paragraph 4`. */
export function paragraphSearchTitle(position: number, lang: Lang): string {
  return format(UI[lang].paragraphs.searchTitle, { n: position });
}

/** The accessible name of a paragraph's ¶ link: `第二部分第4段的链接`, `Link to Part 2, paragraph 4`. */
export function permalinkLabel(id: string, lang: Lang): string {
  return format(UI[lang].paragraphs.permalink, { label: paragraphLabel(id, lang) });
}
