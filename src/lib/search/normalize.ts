// Text folded for matching: the search compares the reader's query and the paragraphs in this form, and maps a match
// back to the text as shown. Folding both sides alike is what makes `5月3日,莲花寺` (ASCII comma, as typed) find
// `5月3日，莲花寺` (full-width, as printed), `６３７` find 637, and `COVID` find `covid`.

/** Text folded for matching, with where in the original text each of its UTF-16 units came from. */
export interface Folded {
  text: string;
  /** For each unit of `text`, the offset in the original of the character it came from… */
  starts: number[];
  /** …and the offset just past that character. */
  ends: number[];
}

// Invisible marks that never count: zero-width spaces (Pagefind puts them between Chinese words), joiners, BOM, soft hyphen.
const INVISIBLE = /^[\u200b-\u200d\u2060\ufeff\u00ad]$/u;
const DOUBLE_QUOTES = /^[\u201c\u201d\u201e\u201f\u2033\u301d\u301e\uff02]$/u;
const SINGLE_QUOTES = /^[\u2018\u2019\u201a\u201b\u2032\uff07]$/u;
const SPACE = /^\s$/u;
const DIGIT = /^[0-9]$/;

/** One character folded: NFKC (full-width letters, digits and punctuation become ASCII), lower case, curly quotes straight. */
export function foldChar(char: string): string {
  if (INVISIBLE.test(char)) return '';
  if (SPACE.test(char)) return ' ';
  if (DOUBLE_QUOTES.test(char)) return '"';
  if (SINGLE_QUOTES.test(char)) return "'";
  return char.normalize('NFKC').toLowerCase();
}

/** True when the comma at `index` of `chars` groups thousands (`3,717`, `3，717`): a digit (in NFKC, so `３` counts) before it, exactly three after. */
function isThousandsComma(chars: readonly string[], index: number): boolean {
  const digitAt = (at: number) => DIGIT.test((chars[at] ?? '').normalize('NFKC'));
  if (!digitAt(index - 1)) return false;
  for (let k = 1; k <= 3; k += 1) if (!digitAt(index + k)) return false;
  return !digitAt(index + 4);
}

/**
 * Folds text for matching, keeping the way back: each character as `foldChar` gives it, runs of white space as one
 * space, thousands commas (`3,717`, `3，717`) dropped, invisible marks dropped.
 */
export function fold(text: string): Folded {
  const chars = Array.from(text);
  const folded: Folded = { text: '', starts: [], ends: [] };
  let offset = 0;
  chars.forEach((char, index) => {
    const start = offset;
    offset += char.length;
    const one = foldChar(char);
    // Only a character that folds to a comma can group thousands: its neighbours are read only then.
    const out = one === ',' && isThousandsComma(chars, index) ? '' : one;
    if (out === ' ' && folded.text.endsWith(' ')) return;
    for (let unit = 0; unit < out.length; unit += 1) {
      folded.starts.push(start);
      folded.ends.push(offset);
    }
    folded.text += out;
  });
  return folded;
}

/** Folds text for matching and trims it: the form a query part is compared in. */
export function foldQuery(text: string): string {
  return fold(text).text.trim();
}

/** The original offsets `[start, end)` of the folded range `[from, to)` of `folded`. */
export function originalRange(folded: Folded, from: number, to: number): [number, number] {
  return [folded.starts[from] ?? 0, folded.ends[to - 1] ?? folded.starts[from] ?? 0];
}

const HAN = /\p{Script=Han}/u;

/** True when the text holds a Chinese (Han) character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}
