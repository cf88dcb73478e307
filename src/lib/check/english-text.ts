import { chineseFigures, englishFigureMatches, englishFigures, unseparatedThousands } from '../text/figure-tokens.ts';
import { positionIn } from '../text/paragraphs.ts';
import { placeOf } from './message.ts';
import type { ParagraphRef } from './pointers.ts';

const ZH_SPAN = /<Zh>([\s\S]*?)<\/Zh>/g;
/** Han characters and the full-width and CJK punctuation Chinese text uses: what must stand inside `<Zh>` in the translation. */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** English MDX with its `<Zh>` spans blanked out (same length, so offsets stay): the English words alone. */
export function englishOnly(text: string): string {
  return text.replace(ZH_SPAN, (span) => ' '.repeat(span.length));
}

/** The place of UTF-16 offset `index` of a paragraph. */
function at(paragraph: ParagraphRef, index: number): string {
  const { line, column } = positionIn(paragraph, Array.from(paragraph.text.slice(0, index)).length);
  return placeOf({ file: paragraph.file, line, column });
}

const sorted = (tokens: readonly string[]) => [...tokens].sort();

/**
 * Checks the translation's words paragraph by paragraph: the same figures as the Chinese paragraph (as readers see both,
 * corrections applied), four-digit numbers with a thousands separator, Chinese characters only inside `<Zh>`, and the
 * Chinese inside `<Zh>` quoted from the Chinese paragraph, each span once in the whole translation. `english` are the
 * English paragraphs as the MDX holds them; `chinese` the Chinese ones, by id. `skip` are paragraphs whose figures are
 * checked elsewhere; the ids of the paragraphs found wrong are added to `failed`.
 */
export function checkEnglishText(
  english: ReadonlyMap<string, ParagraphRef>,
  chinese: ReadonlyMap<string, string>,
  skip: ReadonlySet<string> = new Set(),
  failed: Set<string> = new Set(),
): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const [id, paragraph] of english) {
    const zh = chinese.get(id);
    if (zh === undefined) continue;
    const before = problems.length;
    const words = englishOnly(paragraph.text);
    const want = sorted(chineseFigures(zh));
    const have = sorted(englishFigures(words));
    if (!skip.has(id) && want.join() !== have.join()) {
      const extra = englishFigureMatches(words).find((match) => !want.includes(match.token));
      problems.push(
        `${extra ? at(paragraph, extra.index) : placeOf(paragraph)}: English paragraph ${id} has the figures [${have.join(', ')}], ` +
          `expected those of the Chinese paragraph [${want.join(', ')}]: each figure is kept, 3万余 as “more than 30,000”, 5月3日 as “May 3”` +
          (extra ? `; “${extra.written}” has no Chinese twin` : ''),
      );
    }
    for (const number of unseparatedThousands(words)) {
      problems.push(
        `${at(paragraph, words.indexOf(number))}: English paragraph ${id}: expected ${Number(number).toLocaleString('en')} with a thousands separator, found ${number}`,
      );
    }
    const han = words.search(CHINESE);
    if (han !== -1)
      problems.push(
        `${at(paragraph, han)}: English paragraph ${id}: expected Chinese characters only inside <Zh>…</Zh>, found “${words.slice(han, han + 6).trim()}” outside`,
      );
    for (const match of paragraph.text.matchAll(ZH_SPAN)) {
      const span = match[1] ?? '';
      if (!zh.includes(span))
        problems.push(
          `${at(paragraph, match.index + 4)}: English paragraph ${id}: expected the Chinese in <Zh> to stand in Chinese paragraph ${id}, found “${span}”, which does not`,
        );
      const first = seen.get(span);
      if (first !== undefined)
        problems.push(
          `${at(paragraph, match.index + 4)}: English paragraph ${id}: expected the characters of a name only at its first mention, found <Zh>${span}</Zh> again (first in ${first})`,
        );
      else seen.set(span, id);
    }
    if (problems.length > before) failed.add(id);
  }
  return problems;
}
