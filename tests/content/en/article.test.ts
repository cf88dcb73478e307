import { describe, expect, it } from 'vitest';
import { CONTENT, PART_IDS } from '@/lib/content/layout.ts';
import { checkEnglishText } from '@/lib/check/english-text.ts';
import { chineseFigures, ledgerFigure, unseparatedThousands } from '@/lib/text/figure-tokens.ts';
import { locateParagraphs, paragraphId } from '@/lib/text/paragraphs.ts';
import { englishPartSchema, figuresSchema } from '@/schemas.ts';
import { ledger, partSources, read } from '../../support/article.ts';
import { CHINESE, englishPartSources, englishWords, withoutTags, zhSpans } from '../../support/english.ts';

const chinese = partSources();
const english = englishPartSources();
const figures = figuresSchema.parse(ledger());

/** Every paragraph of a language, keyed by its id, in reading order. */
function byId(parts: { id: string; paragraphs: string[] }[]): Map<string, string> {
  return new Map(parts.flatMap((part) => part.paragraphs.map((text, index) => [paragraphId(part.id, index + 1), text] as const)));
}

const zhParagraphs = byId(chinese);
const enParagraphs = byId(english);
const sorted = (values: string[]) => [...values].sort();

describe(`English parts (${CONTENT.en.article}/*.mdx)`, () => {
  it.each(english.map((p) => [p.path, p] as const))('%s has valid frontmatter', (_path, part) => {
    const result = englishPartSchema.safeParse(part.data);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('are the same parts in the same order as the Chinese', () => {
    expect(english.map((p) => p.id)).toEqual([...PART_IDS]);
    expect(english.map((p) => p.data.order)).toEqual(chinese.map((p) => p.data.order));
    expect(english.map((p) => p.data.kind)).toEqual(chinese.map((p) => p.data.kind));
  });

  it('every Chinese paragraph id has exactly one English paragraph, and every English one a Chinese', () => {
    expect([...enParagraphs.keys()]).toEqual([...zhParagraphs.keys()]);
    expect(enParagraphs.size).toBe(19);
    expect(english.map((p) => p.paragraphs.length)).toEqual([3, 5, 6, 5]);
  });

  it('rejects a Chinese heading in the frontmatter, which could not carry lang markup', () => {
    const result = englishPartSchema.safeParse({ kind: 'section', order: 1, title: 'Building 组织', short: 'Organisations' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['title']);
  });
});

describe('figures in the translation', () => {
  const ids = [...zhParagraphs.keys()];

  it('every English paragraph has the figures of its Chinese one, which are the ledger’s (the content check’s rule)', () => {
    const located = new Map(
      english.flatMap((part) =>
        locateParagraphs(read(part.path)).map((p, index) => [paragraphId(part.id, index + 1), { ...p, file: part.path }] as const),
      ),
    );
    expect(checkEnglishText(located, zhParagraphs)).toEqual([]);
    for (const id of ids)
      expect(sorted(chineseFigures(zhParagraphs.get(id)!)), id).toEqual(sorted(figures.filter((f) => f.paragraph === id).map(ledgerFigure)));
    // The same rule catches a lost “more than”: 3万余 is not 30,000.
    const vanguard5 = located.get('vanguard-5')!;
    const broken = new Map([['vanguard-5', { ...vanguard5, text: vanguard5.text.replace('more than 30,000', '30,000') }]]);
    expect(checkEnglishText(broken, zhParagraphs)).toEqual([expect.stringContaining('English paragraph vanguard-5 has the figures')]);
  });

  it('keeps the headline figures in their English form', () => {
    const expected: [string, string][] = [
      ['lede-2', 'within 48 hours'],
      ['lede-2', '24 hours a day'],
      ['organizing-1', 'On May 3'],
      ['organizing-3', 'No. 8 Jufu South Road'],
      ['vanguard-4', '637 cadres'],
      ['vanguard-4', '3,717 sunk-down cadres'],
      ['vanguard-5', 'On May 1'],
      ['vanguard-5', 'more than 30,000 person-times'],
      ['contributions-3', 'more than 30 staff volunteers'],
      ['contributions-4', 'More than 2,100 “two new” organisations'],
      ['contributions-4', 'More than 5,300 Party members'],
      ['contributions-5', '3 compounds'],
      ['contributions-5', '24 hours a day'],
    ];
    for (const [id, phrase] of expected) expect(enParagraphs.get(id), id).toContain(phrase);
  });

  it('writes numbers of four or more digits with a thousands separator', () => {
    for (const [id, text] of enParagraphs) expect(unseparatedThousands(englishWords(text)), id).toEqual([]);
  });
});

describe('Chinese inside the translation', () => {
  it('stands only inside <Zh>, the only component the MDX uses', () => {
    for (const [id, text] of enParagraphs) {
      expect(englishWords(text), id).not.toMatch(CHINESE);
      for (const tag of text.matchAll(/<\/?([A-Za-z][\w.]*)/g)) expect(tag[1], id).toBe('Zh');
    }
  });

  it('quotes the Chinese of its own paragraph exactly: every <Zh> is found in the Chinese paragraph', () => {
    for (const [id, text] of enParagraphs) {
      const spans = zhSpans(text);
      for (const span of spans) {
        expect(span, id).toMatch(/^[\p{Script=Han}\d\u3000-\u303f\uff00-\uffef“”‘’—]+$/u);
        expect(zhParagraphs.get(id), `${id}: “${span}”`).toContain(span);
      }
    }
  });

  it('gives the characters once, at the first mention of a name', () => {
    const all = [...enParagraphs.values()];
    const spans = all.flatMap(zhSpans);
    expect(spans.filter((span, index) => spans.indexOf(span) !== index)).toEqual([]);
    // “Yin Zhonglong (<Zh>殷忠龙</Zh>)”: a capitalised name right before the characters must not occur earlier in the text.
    const text = all.map(withoutTags).join('\n');
    const names = Array.from(all.join('\n').matchAll(/((?:[A-Z][A-Za-z’-]*\s)*[A-Z][A-Za-z’-]*) [([]<Zh>/g), (m) => m[1]!);
    expect(names).toEqual(expect.arrayContaining(['Yin Zhonglong', 'Yu Qijian', 'Ma Huan', 'Lianhuasi Community', 'Liyuan Town']));
    for (const name of names) {
      const firstMention = text.indexOf(name);
      const withCharacters = text.search(new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} [([][“\\p{Script=Han}]`, 'u'));
      expect(withCharacters, `${name} is first mentioned without its characters`).toBe(firstMention);
    }
  });
});
