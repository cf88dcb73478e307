import { chineseFigures, englishFigures } from '../text/figure-tokens.ts';

/** A paragraph the other language has no twin for: a Chinese one the English lacks, or an English one too many (0-based indexes). */
export type Unpaired = { language: 'zh'; index: number } | { language: 'en'; index: number };

const ZH_SPAN = /<Zh>([\s\S]*?)<\/Zh>/g;

/** The English words of a translated paragraph: its `<Zh>` spans left out. */
function englishWords(paragraph: string): string {
  return paragraph.replace(ZH_SPAN, '');
}

/** Every token of `a` also in `b`, counted as many times as both have it. */
function shared(a: readonly string[], b: readonly string[]): number {
  const rest = [...b];
  return a.filter((token) => {
    const at = rest.indexOf(token);
    if (at !== -1) rest.splice(at, 1);
    return at !== -1;
  }).length;
}

/** Words known in both languages (a glossary term or a name of the index, with its English forms). */
export interface WordPair {
  zh: readonly string[];
  en: readonly string[];
}

/** Whether the pairs' words stand in both paragraphs or in one only: +2 for each pair in both, -1 for each in one only. */
function sharedWords(zh: string, en: string, pairs: readonly WordPair[]): number {
  return pairs.reduce((sum, pair) => {
    const inZh = pair.zh.some((form) => zh.includes(form));
    const inEn = pair.en.some((form) => en.includes(form));
    return sum + (inZh && inEn ? 2 : inZh || inEn ? -1 : 0);
  }, 0);
}

/**
 * How likely an English paragraph translates a Chinese one: the figures they share (each figure stays a figure in the
 * translation), the Chinese names the English quotes in `<Zh>` that stand in the Chinese, the glossary's and the index's
 * words found in both, and a length near the usual ratio of the two languages.
 */
function likeness(zh: string, en: string, ratio: number, pairs: readonly WordPair[]): number {
  const zhFigures = chineseFigures(zh);
  const enFigures = englishFigures(englishWords(en));
  const common = shared(zhFigures, enFigures);
  const figures = 2 * common - (zhFigures.length - common) - (enFigures.length - common);
  const names = Array.from(en.matchAll(ZH_SPAN), (m) => (zh.includes(m[1] ?? '') ? 2 : -2)).reduce((a, b) => a + b, 0);
  const length = Math.abs(Math.log(Math.max(1, en.length) / Math.max(1, zh.length) / ratio));
  return figures + names + sharedWords(zh, en, pairs) - 3 * length;
}

/**
 * When a translation has fewer or more paragraphs than the Chinese, finds which ones have no twin: the pairing, in order,
 * that leaves out only as many paragraphs as the counts differ by and whose pairs are most alike (`pairs`: words known in
 * both languages). Returns them in order.
 */
export function unpairedParagraphs(zh: readonly string[], en: readonly string[], pairs: readonly WordPair[] = []): Unpaired[] {
  const ratio = Math.max(1, en.join('').length) / Math.max(1, zh.join('').length);
  // Leaving a paragraph out costs more than any pair can gain, so the pairing leaves out no more than it must.
  const SKIP = -1000;
  const width = en.length + 1;
  const cell = (i: number, j: number) => i * width + j;
  const best = new Float64Array((zh.length + 1) * width).fill(-Infinity);
  const step: ('pair' | 'zh' | 'en')[] = new Array<'pair' | 'zh' | 'en'>(best.length).fill('pair');
  best[0] = 0;
  const offer = (x: number, y: number, score: number, how: 'pair' | 'zh' | 'en') => {
    if (x <= zh.length && y <= en.length && score > (best[cell(x, y)] ?? -Infinity)) {
      best[cell(x, y)] = score;
      step[cell(x, y)] = how;
    }
  };
  for (let i = 0; i <= zh.length; i++) {
    for (let j = 0; j <= en.length; j++) {
      const here = best[cell(i, j)] ?? -Infinity;
      if (here === -Infinity) continue;
      if (i < zh.length && j < en.length) offer(i + 1, j + 1, here + likeness(zh[i] ?? '', en[j] ?? '', ratio, pairs), 'pair');
      offer(i + 1, j, here + SKIP, 'zh');
      offer(i, j + 1, here + SKIP, 'en');
    }
  }
  const unpaired: Unpaired[] = [];
  for (let i = zh.length, j = en.length; i > 0 || j > 0;) {
    const how = step[cell(i, j)];
    if (how === 'pair') {
      i--;
      j--;
    } else if (how === 'zh') unpaired.unshift({ language: 'zh', index: --i });
    else unpaired.unshift({ language: 'en', index: --j });
  }
  return unpaired;
}
