/** ASCII punctuation that the scraped source uses where the print edition has full-width forms. */
const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

// Han ideographs, CJK symbols and punctuation, full-width forms, and the
// general punctuation Chinese text uses (“”‘’……——).
const CJK = /[\u2014\u2018\u2019\u201c\u201d\u2026\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char);
}

/** True when the ASCII mark at `index` stands inside Chinese text: a CJK character or mark touches it. */
function inChineseContext(chars: readonly string[], index: number): boolean {
  return isCjk(chars[index - 1]) || isCjk(chars[index + 1]);
}

/** Replaces ASCII `, : ; ? ! ( )` standing inside Chinese text with their full-width forms; nothing else changes. */
export function normalizePunctuation(text: string): string {
  const chars = Array.from(text);
  return chars
    .map((char, index) => {
      const wide = FULL_WIDTH[char];
      return wide !== undefined && inChineseContext(chars, index) ? wide : char;
    })
    .join('');
}

/** Counts the characters that `normalizePunctuation` changes in `text`. */
export function countNormalized(text: string): number {
  const before = Array.from(text);
  const after = Array.from(normalizePunctuation(text));
  return before.reduce((count, char, index) => count + (char === after[index] ? 0 : 1), 0);
}
