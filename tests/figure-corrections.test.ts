import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '@/integrations/content-check.ts';
import { checkContent } from '@/lib/check/content-check.ts';
import { correctedChinese, correctedEnglish, correctedFigure, narrowed } from '@/lib/check/corrected-figures.ts';
import { edited, withEdit } from './support/content-files.ts';
import { makeFixture, type Fixture } from './support/fixture.ts';

/** The correction of 3万余 to 4万余 (vanguard-5), with how the English reads, as an editor would add it. */
const SIWAN = (english: string) =>
  '- id: vanguard-5-siwan\n  paragraph: vanguard-5\n  printed: 全区共有3万余人次\n  corrected: 全区共有4万余人次\n' +
  '  reason: 据核实，原刊“3万余人次”应为“4万余人次”。\n  date: 2026-12-01\n' +
  english;
const UNAFFECTED = '  english: unaffected\n';
const READING = '  english:\n    printed: more than 30,000 person-times\n    corrected: more than 40,000 person-times\n';

const correction = {
  paragraph: 'vanguard-5',
  printed: '全区共有3万余人次',
  corrected: '全区共有4万余人次',
  english: 'unaffected' as const,
};

describe('a correction cut down to a quoted phrase, and the figures that follow it', () => {
  it('narrows a correction to the stretch of it that stands in the phrase, around the change', () => {
    expect(narrowed(correction, '3万余人次在职党员')).toMatchObject({ printed: '3万余人次', corrected: '4万余人次' });
    expect(narrowed(correction, '全区共有3万余人次在职党员')).toBe(correction);
    expect(narrowed(correction, '在职党员')).toBeUndefined();
  });

  it('gives a ledger figure the corrected phrase, value and approx; other figures are left alone', () => {
    const figure = { id: 'f', paragraph: 'vanguard-5', phrase: '3万余人次在职党员', value: 30000, approx: true };
    expect(correctedFigure(figure, [correction])).toEqual({ ...figure, phrase: '4万余人次在职党员', value: 40000 });
    expect(correctedFigure({ ...figure, paragraph: 'vanguard-4' }, [correction])).toEqual({ ...figure, paragraph: 'vanguard-4' });
    const date = { paragraph: 'vanguard-5', phrase: '5月1日', value: new Date('2022-05-01'), approx: false };
    const moved = { paragraph: 'vanguard-5', printed: '5月1日,梨园', corrected: '5月2日,梨园', english: 'unaffected' as const };
    expect(correctedFigure(date, [moved]).value).toEqual(new Date('2022-05-02'));
  });

  it('corrects quoted words in either language', () => {
    expect(correctedChinese('vanguard-5', '全区共有3万余人次在职党员奔赴', [correction])).toBe('全区共有4万余人次在职党员奔赴');
    const english = { ...correction, english: { printed: 'more than 30,000 person-times', corrected: 'more than 40,000 person-times' } };
    expect(correctedEnglish('vanguard-5', 'more than 30,000 person-times', [english])).toBe('more than 40,000 person-times');
    expect(correctedEnglish('vanguard-5', 'more than 30,000 person-times', [correction])).toBe('more than 30,000 person-times');
  });
});

describe('a figure correction that leaves places contradicting it', () => {
  it('names every place in one message, in one pass: the English text, its figure phrase and both timeline notes', () => {
    const problems = checkContent(edited('content/errata.yaml', (t) => t + SIWAN(UNAFFECTED))).problems;
    expect(problems).toEqual([
      'content/errata.yaml:20: 勘误“vanguard-5-siwan”把数字“3万余”改成了“4万余”。数字台账、图表、数字一览页和时间线的日期会自动跟着改，但下面 4 处还写着旧数字，请逐一改过：\n' +
        "    erratum “vanguard-5-siwan” changes the figure “3万余” to “4万余”. The ledger, the charts, the figures page and the timeline's dates follow by themselves; these 4 places still show the old figure, update each:\n" +
        '      content/en/article/vanguard.mdx:16:615: English paragraph vanguard-5 still reads “more than 30,000”; give the erratum “english:” with “printed:” (these English words) and “corrected:” (how they read with 4万余)\n' +
        '      content/timeline.yaml:25:9: entry “publication”, field “note” still reads “3万余”\n' +
        '      content/en/timeline.yaml:20:9: entry “publication”, field “note” still reads “more than 30,000”\n' +
        '      content/en/figures.yaml:34:11: entry “in-service-members-30000”, field “phrase” still reads “more than 30,000”',
    ]);
  });

  it('with the English reading given, names only the notes written for the site; with them updated, finds nothing', () => {
    const files = edited('content/errata.yaml', (t) => t + SIWAN(READING));
    expect(checkContent(files).problems).toEqual([expect.stringContaining('下面 2 处还写着旧数字')]);
    let fixed = withEdit(files, 'content/timeline.yaml', (t) => t.replace('全区3万余人次', '全区4万余人次'));
    fixed = withEdit(fixed, 'content/en/timeline.yaml', (t) => t.replace('more than 30,000 person-times', 'more than 40,000 person-times'));
    expect(checkContent(fixed).problems).toEqual([]);
  });

  it('names an English reading that does not stand in the English paragraph', () => {
    const files = edited('content/errata.yaml', (t) => t + SIWAN(READING.replace('printed: more than 30,000', 'printed: over 30,000')));
    expect(checkContent(files).problems[0]).toBe(
      'content/errata.yaml:20: entry “vanguard-5-siwan”, field “english”: expected “over 30,000 person-times” to stand once in English paragraph vanguard-5 (content/en/article/vanguard.mdx:16), found it 0 times',
    );
  });

  it('asks each erratum how the English reads', () => {
    const files = edited('content/errata.yaml', (t) => t.replace('  english: unaffected\n', ''));
    expect(checkContent(files).problems).toEqual([
      'content/errata.yaml:12: entry “vanguard-5-quanzhen”, field “english”: expected how the English reads after the correction: english: unaffected, or english: with printed: and corrected: (the English words before and after), found nothing (the field is missing)',
    ]);
  });
});

describe('the built site after a figure correction: no page contradicts it', () => {
  let fixture: Fixture | undefined;
  const page = (path: string) => readFileSync(join(fixture?.dir ?? '', 'dist', path), 'utf8');
  beforeAll(() => {
    fixture = makeFixture();
    fixture.edit('content/errata.yaml', (t) => t + SIWAN(READING));
    fixture.edit('content/timeline.yaml', (t) => t.replace('全区3万余人次', '全区4万余人次'));
    fixture.edit('content/en/timeline.yaml', (t) => t.replace('more than 30,000 person-times', 'more than 40,000 person-times'));
    expect(checkContent(readContent(fixture.dir)).problems).toEqual([]);
    const { status, output } = fixture.build();
    expect(status, output).toBe(0);
  }, 600_000);
  afterAll(() => fixture?.remove());

  it.each([
    ['the home page’s figures panel', 'index.html', '4万余'],
    ['the figures page (chart and tables)', 'figures/index.html', '4万余人次在职党员'],
    ['the timeline', 'timeline/index.html', '4万余人次在职党员'],
    ['the English home page’s panel', 'en/index.html', '40,000+'],
    ['the English figures page', 'en/figures/index.html', 'more than 40,000 person-times'],
    ['the English timeline', 'en/timeline/index.html', 'more than 40,000 person-times'],
    ['the English text, marked as corrected', 'en/vanguard/index.html', 'id="erratum-vanguard-5-siwan-text-en"'],
    ['the parallel text', 'parallel/index.html', 'more than 40,000 person-times'],
  ])('%s shows the corrected figure, and the old one only in the corrections’ notes', (_name, path, shown) => {
    const html = page(path);
    expect(html).toContain(shown);
    // The printed figure remains only where a correction's note or mark quotes it.
    const old = html.replace(/<li id="erratum-[\s\S]*?<\/li>|aria-label="[^"]*"/g, '');
    expect(old).not.toMatch(/3万余|more than 30,000|30,000\+/);
  });
});
