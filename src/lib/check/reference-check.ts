import { paragraphId, positionIn, type LocatedParagraph } from '../text/paragraphs.ts';
import { bilingual } from './message.ts';
import { differenceIndex, firstDifference } from './reference.ts';

/** One part's paragraphs as its file holds them. */
export interface PartText {
  /** The part's id, e.g. `vanguard`. */
  id: string;
  /** The part's file, as messages name it, e.g. `content/article/vanguard.mdx`. */
  file: string;
  paragraphs: readonly LocatedParagraph[];
}

/** The first `length` characters of a text, with an ellipsis if it goes on. */
export function excerpt(text: string, length = 12): string {
  const chars = Array.from(text);
  return chars.length <= length ? text : `${chars.slice(0, length).join('')}……`;
}

/** The last `length` characters of a text, with an ellipsis if there is more before. */
function ending(text: string, length = 10): string {
  const chars = Array.from(text);
  return chars.length <= length ? text : `……${chars.slice(-length).join('')}`;
}

const DIGIT = /\d/;

/** The whole numeral that touches character `index` of a text, if any (e.g. 637 for the “7” of “637名”). */
function numeralAt(text: string, index: number): string | undefined {
  const chars = Array.from(text);
  let start = DIGIT.test(chars[index] ?? '') ? index : DIGIT.test(chars[index - 1] ?? '') ? index - 1 : -1;
  if (start === -1) return undefined;
  let end = start;
  while (start > 0 && DIGIT.test(chars[start - 1] ?? '')) start--;
  while (DIGIT.test(chars[end + 1] ?? '')) end++;
  return chars.slice(start, end + 1).join('');
}

/** A note on a difference that falls in a figure, e.g. `; the figure reads 638 where the reference has 637`. */
function figureNote(expected: string, found: string, index: number): string {
  const was = numeralAt(expected, index);
  const is = numeralAt(found, index);
  if (was !== undefined && is !== undefined) return `; the figure reads ${is} where the reference has ${was}`;
  if (is !== undefined) return `; the number ${is} is not in the reference`;
  if (was !== undefined) return `; the reference’s figure ${was} is gone`;
  return '';
}

/** How many paragraphs from `start` on join, with nothing between them, into `whole` (0 if they do not). */
function piecesOf(whole: string, paragraphs: readonly string[], start: number): number {
  let joined = '';
  for (let k = start; k < paragraphs.length; k++) {
    joined += paragraphs[k];
    if (joined === whole) return k - start + 1;
    if (!whole.startsWith(joined)) return 0;
  }
  return 0;
}

/**
 * Compares a part's paragraphs with the reference text's, in order. Returns one message per mistake, each naming the file,
 * the line, the paragraph id, what the reference has and what the file has: a paragraph added, removed, split or joined
 * (so that later ids would shift), or a paragraph whose text differs, with the first differing character.
 */
export function checkAgainstReference(part: PartText, expected: readonly string[], referenceFile: string): string[] {
  const found = part.paragraphs;
  const texts = found.map((p) => p.text);
  const id = (index: number) => paragraphId(part.id, index + 1);
  const problems: string[] = [];
  let i = 0;
  let j = 0;
  while (i < found.length || j < expected.length) {
    const here = found[i];
    const want = expected[j];
    if (here === undefined) {
      const last = found.at(-1);
      problems.push(
        bilingual(
          { file: part.file, line: last?.line ?? 1 },
          `少了一段：参考文本的第 ${j + 1} 段 ${id(j)}（“${excerpt(want ?? '')}”）不见了，应在这一段之后、文件末尾之前。请照参考文本补回。`,
          `paragraph ${id(j)} of the reference text (“${excerpt(want ?? '')}”) is missing: expected it after this line, found the end of the file`,
        ),
      );
      j++;
      continue;
    }
    const at = `${part.file}:${here.line}`;
    if (want === undefined) {
      problems.push(
        bilingual(
          { file: part.file, line: here.line },
          `多了一段：第 ${i + 1} 段“${excerpt(here.text)}”不在参考文本里，这一部分应在 ${id(j - 1)} 结束。请删掉这一段。`,
          `paragraph “${excerpt(here.text)}” is not in the reference text: expected the part to end after ${id(j - 1)}, found an extra paragraph, which would take the id ${id(i)}`,
        ),
      );
      i++;
      continue;
    }
    if (here.text === want) {
      i++;
      j++;
      continue;
    }
    const split = piecesOf(want, texts, i);
    if (split > 1) {
      const lines = found.slice(i, i + split).map((p) => p.line);
      problems.push(
        `${at}: paragraph ${id(j)} is split into ${split} (lines ${lines.join(', ')}): expected one paragraph, as the reference text has it, ` +
          `found a blank line after “${ending(here.text)}”; every later paragraph id would shift by ${split - 1}`,
      );
      i += split;
      j++;
      continue;
    }
    const joined = piecesOf(here.text, expected, j);
    if (joined > 1) {
      problems.push(
        `${at}: paragraphs ${id(j)} ${joined === 2 ? 'and' : 'to'} ${id(j + joined - 1)} of the reference text are joined into one: ` +
          `expected a blank line after “${ending(want)}”, found none; every later paragraph id would shift back by ${joined - 1}`,
      );
      i++;
      j += joined;
      continue;
    }
    if (texts[i + 1] === want) {
      problems.push(
        bilingual(
          { file: part.file, line: here.line },
          `多了一段：第 ${i + 1} 段“${excerpt(here.text)}”不在参考文本里，这里原是 ${id(j)}（“${excerpt(want)}”）。请删掉这一段；留着它，后面每一段的编号都会后移一位。`,
          `paragraph “${excerpt(here.text)}” is not in the reference text: expected ${id(j)} here (“${excerpt(want)}”), found a new paragraph; every later paragraph id would shift by one`,
        ),
      );
      i++;
      continue;
    }
    if (expected[j + 1] === here.text) {
      problems.push(
        bilingual(
          { file: part.file, line: here.line },
          `少了一段：参考文本的第 ${j + 1} 段 ${id(j)}（“${excerpt(want)}”）不见了，应在这一段之前。请照参考文本补回；缺了它，后面每一段的编号都会前移一位。`,
          `paragraph ${id(j)} of the reference text (“${excerpt(want)}”) is missing: expected it before this line, found ${id(j + 1)} (“${excerpt(here.text)}”); every later paragraph id would shift back by one`,
        ),
      );
      j++;
      continue;
    }
    const index = differenceIndex(want, here.text);
    const { line, column } = positionIn(here, index);
    problems.push(
      `${part.file}:${line}:${column}: paragraph ${id(i)} differs from ${referenceFile} ${firstDifference(want, here.text)}` +
        figureNote(want, here.text, index),
    );
    i++;
    j++;
  }
  return problems;
}
