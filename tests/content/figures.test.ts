import { describe, expect, it } from 'vitest';
import { checkFigures } from '@/lib/check/figures.ts';
import { CONTENT, PART_IDS } from '@/lib/content/layout.ts';
import { figureNumeral } from '@/lib/graphics/chart.ts';
import { arabicNumbers, sortedNumbers } from '@/lib/text/numbers.ts';
import { locateParagraphs, paragraphId } from '@/lib/text/paragraphs.ts';
import { figuresSchema } from '@/schemas.ts';
import { ledger, partSources } from '../support/article.ts';

const figures = figuresSchema.parse(ledger());
const parts = partSources();

describe(`figures ledger (${CONTENT.figures})`, () => {
  it('is valid and its ids are unique', () => {
    expect(figuresSchema.safeParse(ledger()).success).toBe(true);
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
  });

  it.each(figures.map((f) => [f.id, f] as const))('%s: its phrase stands in its paragraph, with its numbers', (_id, figure) => {
    const part = parts.find((p) => p.id === figure.section)!;
    const position = Number(figure.paragraph.split('-').at(-1));
    expect(figure.paragraph.startsWith(`${figure.section}-`)).toBe(true);
    const paragraph = part.paragraphs[position - 1];
    expect(paragraph, `${figure.paragraph} does not exist`).toBeDefined();
    expect(paragraph).toContain(figure.phrase);
    expect(arabicNumbers(figure.phrase)).toEqual(figure.numbers);
  });

  it.each(PART_IDS.map((id) => [id] as const))('%s: every Arabic number in the text has a ledger entry, and every entry a number', (id) => {
    const part = parts.find((p) => p.id === id)!;
    const inText = sortedNumbers(part.paragraphs.flatMap(arabicNumbers));
    const inLedger = sortedNumbers(figures.filter((f) => f.section === id).flatMap((f) => f.numbers));
    expect(inLedger).toEqual(inText);
  });

  it('every numeral of every paragraph stands in the phrase of exactly one entry for that paragraph', () => {
    const paragraphs = new Map(
      parts.flatMap((part) =>
        locateParagraphs(part.source).map(
          (p, index) => [paragraphId(part.id, index + 1), { text: p.text, file: part.path, line: p.line }] as const,
        ),
      ),
    );
    const entries = figures.map((f) => ({ ...f, line: undefined }));
    expect(checkFigures('content/figures.yaml', entries, paragraphs)).toEqual([]);
    // The same check finds a figure taken out of the ledger.
    expect(
      checkFigures(
        'content/figures.yaml',
        entries.filter((f) => f.id !== 'city-cadres-637'),
        paragraphs,
      ),
    ).toHaveLength(1);
  });

  it('holds the headline figures: 637 cadres, 3,717 sunk-down cadres, 2,100+ organisations', () => {
    const byPhrase = (phrase: string) => figures.find((f) => f.phrase === phrase);
    expect(byPhrase('637名干部')).toMatchObject({ value: 637, section: 'vanguard', approx: false });
    expect(byPhrase('3717名市、区两级下沉干部')).toMatchObject({ value: 3717, section: 'vanguard', approx: false });
    expect(byPhrase('2100余个“两新”组织')).toMatchObject({ value: 2100, section: 'contributions', approx: true });
    expect(byPhrase('5300余名党员')).toMatchObject({ value: 5300, approx: true });
    expect(byPhrase('3万余人次在职党员')).toMatchObject({ value: 30000, approx: true, unit: '人次' });
    expect(byPhrase('30余名员工志愿者')).toMatchObject({ value: 30, approx: true });
  });

  it('lists 24小时 in both places it stands', () => {
    expect(figures.filter((f) => f.phrase.includes('24小时')).map((f) => f.section)).toEqual(['lede', 'contributions']);
  });
});

describe(`the chart’s figures (${CONTENT.figures})`, () => {
  const charted = figures.filter((f) => ['people', 'person-times', 'organisations'].includes(f.kind));

  it('are the six the issue names: 5300余, 3717, 637, 30余 people; 3万余人次; 2100余 organisations', () => {
    expect(charted.map((f) => `${figureNumeral(Number(f.value), f.approx)}${f.unit}`).sort()).toEqual(
      ['5300余名', '3717名', '637名', '30余名', '3万余人次', '2100余个'].sort(),
    );
  });

  it.each(charted.map((f) => [f.id, f] as const))(
    '%s: the numeral the chart shows stands in the phrase, “余” and unit included',
    (_id, figure) => {
      expect(typeof figure.value).toBe('number');
      expect(figure.label).toBeTruthy();
      expect(figure.phrase).toContain(`${figureNumeral(figure.value as number, figure.approx)}${figure.unit}`);
      expect(figure.phrase.includes('余')).toBe(figure.approx);
    },
  );
});
