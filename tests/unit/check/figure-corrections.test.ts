import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/check/content-check.ts';
import { edited, withEdit } from '../../support/content-files.ts';

/** The correction of 3万余 to 4万余 (vanguard-5), with how the English reads, as an editor would add it. */
const SIWAN = (english: string) =>
  '- id: vanguard-5-siwan\n  paragraph: vanguard-5\n  printed: 全区共有3万余人次\n  corrected: 全区共有4万余人次\n' +
  '  reason: 据核实，原刊“3万余人次”应为“4万余人次”。\n  date: 2026-12-01\n' +
  english;
const UNAFFECTED = '  english: unaffected\n';
const READING = '  english:\n    printed: more than 30,000 person-times\n    corrected: more than 40,000 person-times\n';

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
