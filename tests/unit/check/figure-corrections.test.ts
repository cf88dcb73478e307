import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/check/content-check.ts';
import { checkEnglishReadings, checkFigureCorrections, type Erratum, type ProseField } from '@/lib/check/figure-corrections.ts';
import { edited, withEdit } from '../../support/content-files.ts';
import { paragraphRefs } from '../../support/paragraph-refs.ts';
import { READING, SIWAN, UNAFFECTED } from '../../support/corrections.ts';

/** The message for SIWAN when `places` (each as the check writes it) still show 3万余, written out as an editor reads it. */
const siwanStale = (places: string[]) =>
  `content/errata.yaml:20: 勘误“vanguard-5-siwan”把数字“3万余”改成了“4万余”。数字台账、图表、数字一览页和时间线的日期会自动跟着改，但下面 ${places.length} 处还写着旧数字，请逐一改过：\n` +
  `    erratum “vanguard-5-siwan” changes the figure “3万余” to “4万余”. The ledger, the charts, the figures page and the timeline's dates follow by themselves; these ${places.length} places still show the old figure, update each:\n` +
  places.map((place) => `      ${place}`).join('\n');

describe('a figure correction that leaves places contradicting it', () => {
  it('names every place in one message, in one pass: the English text, its figure phrase and both timeline notes', () => {
    const problems = checkContent(edited('content/errata.yaml', (t) => t + SIWAN(UNAFFECTED))).problems;
    expect(problems).toEqual([
      siwanStale([
        'content/en/article/vanguard.mdx:16:615: English paragraph vanguard-5 still reads “more than 30,000”; give the erratum “english:” with “printed:” (these English words) and “corrected:” (how they read with 4万余)',
        'content/timeline.yaml:25:9: entry “publication”, field “note” still reads “3万余”',
        'content/en/timeline.yaml:20:9: entry “publication”, field “note” still reads “more than 30,000”',
        'content/en/figures.yaml:34:11: entry “in-service-members-30000”, field “phrase” still reads “more than 30,000”',
      ]),
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

/** A correction of paragraph `p` of the Chinese, written on line 2 of errata.yaml. */
const fix = (printed: string, corrected: string, english: Erratum['english'] = 'unaffected', id = 'e1', paragraph = 'p'): Erratum => ({
  id,
  line: 2,
  paragraph,
  printed,
  corrected,
  english,
});
const note = (text: string, lang: 'zh' | 'en' = 'zh', quotes?: string): ProseField => ({
  file: 'notes.yaml',
  line: 4,
  column: 9,
  entry: 'n1',
  field: 'note',
  text,
  lang,
  quotes,
});
const check = (errata: Erratum[], chinese: Record<string, string>, english: Record<string, string> = {}, prose: ProseField[] = []) =>
  checkFigureCorrections({
    errataFile: 'errata.yaml',
    errata,
    chinese: paragraphRefs('zh.mdx', chinese),
    english: paragraphRefs('en.mdx', english),
    prose,
  });
/** The places a message names, one a line, after its Chinese and English lines. */
const places = (problem: string | undefined) => problem?.split('\n').slice(2);

describe('checkEnglishReadings', () => {
  const english = paragraphRefs('en.mdx', { p: 'more than 30,000 person-times in 12 districts and 12 towns' });
  const where = 'errata.yaml:2: entry “e1”, field “english”';

  it('passes over a reading whose English paragraph is not among those checked', () => {
    expect(checkEnglishReadings('errata.yaml', [fix('甲', '乙', { printed: 'x', corrected: 'y' }, 'e1', 'q')], english)).toEqual([]);
  });

  it('names printed English words with a tag in them', () => {
    const reading = { printed: 'more than <Zh>3万</Zh>', corrected: 'more than 40,000' };
    expect(checkEnglishReadings('errata.yaml', [fix('甲', '乙', reading)], english)).toEqual([
      `${where}: expected English words without tags in “printed”, found “more than <Zh>3万</Zh>”; quote the words inside or outside <Zh>`,
    ]);
  });

  it('asks for more of the passage when the printed English words stand more than once', () => {
    const reading = { printed: '12', corrected: '13' };
    expect(checkEnglishReadings('errata.yaml', [fix('甲', '乙', reading)], english)).toEqual([
      `${where}: expected “12” to stand once in English paragraph p (en.mdx:5), found it 2 times; quote more of the passage, so that it is unique`,
    ]);
  });

  it('names a reading that does not change the printed English words', () => {
    const reading = { printed: 'more than 30,000', corrected: 'more than 30,000' };
    expect(checkEnglishReadings('errata.yaml', [fix('甲', '乙', reading)], english)).toEqual([
      `${where}: expected a reading that differs from the printed words, found the same “more than 30,000”`,
    ]);
  });
});

describe('checkFigureCorrections', () => {
  const siwan = fix('3万余人次到12个区', '4万余人次到13个区');

  it('passes over a correction whose paragraph is not among the Chinese paragraphs checked', () => {
    expect(check([siwan], { q: '全区共有3万余人次到12个区' }, {}, [note('3万余人次')])).toEqual([]);
  });

  it('names a note still giving a changed figure, every changed figure in the heading, and no English without its paragraph', () => {
    expect(check([siwan], { p: '全区共有3万余人次到12个区' }, {}, [note('全区3万余人次')])).toEqual([
      'errata.yaml:2: 勘误“e1”把数字“3万余、12”改成了“4万余、13”。数字台账、图表、数字一览页和时间线的日期会自动跟着改，但下面 1 处还写着旧数字，请逐一改过：\n' +
        "    erratum “e1” changes the figure “3万余、12” to “4万余、13”. The ledger, the charts, the figures page and the timeline's dates follow by themselves; this place still shows the old figure, update it:\n" +
        '      notes.yaml:4:9: entry “n1”, field “note” still reads “3万余”',
    ]);
  });

  it('names the old English figure and how it should read with every corrected figure', () => {
    const [problem] = check([siwan], { p: '全区共有3万余人次到12个区' }, { p: 'more than 30,000 person-times went to 12 districts' });
    expect(places(problem)).toEqual([
      '      en.mdx:5:1: English paragraph p still reads “more than 30,000”; give the erratum “english:” with “printed:” (these English words) and “corrected:” (how they read with 4万余, 13)',
    ]);
  });

  it('names a correction that only takes a figure out, with a dash for the new figure', () => {
    const problems = check([fix('3万余人次', '数万人次')], { p: '全区共有3万余人次' }, { p: 'more than 30,000 person-times' });
    expect(problems).toEqual([expect.stringContaining('把数字“3万余”改成了“—”')]);
    expect(places(problems[0])).toEqual([
      '      en.mdx:5:1: English paragraph p still reads “more than 30,000”; give the erratum “english:” with “printed:” (these English words) and “corrected:” (how they read with the corrected figure)',
    ]);
  });

  it('names a correction that only adds a figure, with a dash for the old one and the figures the English lacks it among', () => {
    const problems = check(
      [fix('数万人次', '4万余人次')],
      { p: '12个区7个镇共有数万人次' },
      { p: 'in 12 districts and 7 towns, tens of thousands' },
    );
    expect(problems).toEqual([expect.stringContaining('把数字“—”改成了“4万余”')]);
    expect(places(problems[0])).toEqual([
      '      en.mdx:5: English paragraph p still reads the figures 12, 7; give the erratum “english:” with “printed:” (these English words) and “corrected:” (how they read with 4万余)',
    ]);
  });

  it('names an English paragraph with a figure more than the corrected Chinese', () => {
    const reading = { printed: 'more than 30,000', corrected: 'more than 40,000' };
    const problems = check(
      [fix('3万余', '4万余', reading)],
      { p: '全区共有3万余人次' },
      { p: 'more than 30,000 person-times in 12 districts' },
    );
    expect(places(problems[0])).toEqual([expect.stringContaining('en.mdx:5:1: English paragraph p still reads “more than 30,000”')]);
  });

  it('reads figures only in the English words, not in the Chinese of a <Zh> span', () => {
    const reading = { printed: 'more than 30,000', corrected: 'more than 40,000' };
    const english = { p: 'The <Zh>第5 中队</Zh> (Squad 5) counted more than 30,000 person-times' };
    expect(check([fix('3万余', '4万余', reading)], { p: '第5 中队全区共有3万余人次' }, english)).toEqual([]);
  });

  it('finds nothing when each English reading brings its paragraph to the corrected figures, two in one paragraph', () => {
    const errata = [
      fix('3万余', '4万余', { printed: 'more than 30,000', corrected: 'more than 40,000' }, 'a'),
      fix('12个区', '13个区', { printed: '12 districts', corrected: '13 districts' }, 'b'),
      fix('5月3日', '5月4日', { printed: 'May 3', corrected: 'May 4' }, 'c', 'q'),
    ];
    const chinese = { p: '3万余人次到12个区', q: '5月3日出发' };
    const english = { p: 'more than 30,000 person-times went to 12 districts', q: 'They left on May 3' };
    expect(check(errata, chinese, english)).toEqual([]);
  });

  it('reads the English as printed when one of its paragraph’s readings does not stand in it', () => {
    const errata = [
      fix('3万余', '4万余', { printed: 'more than 30,000', corrected: 'more than 40,000' }, 'a'),
      fix('12个区', '13个区', { printed: 'twelve districts', corrected: '13 districts' }, 'b'),
    ];
    const problems = check(errata, { p: '3万余人次到12个区' }, { p: 'more than 30,000 person-times went to 12 districts' });
    expect(problems.map(places)).toEqual([
      [expect.stringContaining('still reads “more than 30,000”')],
      [expect.stringContaining('still reads “12”')],
    ]);
  });

  it('counts as changed only the figures the correction changes, a figure written twice as two', () => {
    const kept = check([fix('3万余', '4万余')], { p: '3万余人次到12个区' }, { p: 'more than 30,000 person-times went to 12 districts' });
    expect(kept).toEqual([expect.stringContaining('把数字“3万余”改成了“4万余”')]);
    const twice = check([fix('乙队3人', '乙队4人')], { p: '甲队3人，乙队3人' }, { p: 'Team A had 3, team B 3' });
    expect(twice).toEqual([expect.stringContaining('把数字“3”改成了“4”')]);
  });

  it('leaves a note alone whose old figure still stands elsewhere in the corrected article', () => {
    expect(check([fix('3万余', '4万余')], { p: '全区共有3万余人次', q: '另有3万余人' }, {}, [note('3万余人次')])).toEqual([]);
  });

  it('corrects by the English reading only the English notes that quote the paragraph, not a Chinese one', () => {
    const problems = check([fix('共210人', '共220人', { printed: '210', corrected: '220' })], { p: '共210人' }, {}, [
      note('共210人', 'zh', 'p'),
    ]);
    expect(places(problems[0])).toEqual(['      notes.yaml:4:9: entry “n1”, field “note” still reads “210”']);
  });
});

describe('the site’s own words in every companion file, held to a figure correction', () => {
  // An English event title and a figure label that repeat the old figure.
  const oldEnglishTitle = (t: string) =>
    t.replace(
      'title: Liyuan Town issued a mobilisation order,',
      'title: Liyuan Town issued a mobilisation order, answered more than 30,000 person-times,',
    );
  const oldEnglishLabel = (t: string) => t.replace('label: In-service Party members', 'label: More than 30,000 members');

  it('names the old figure an editor left in a title, definition, note, label and English event phrase of each file, in both languages', () => {
    let files = edited('content/errata.yaml', (t) => t + SIWAN(UNAFFECTED));
    files = withEdit(files, 'content/timeline.yaml', (t) =>
      t.replace('title: 梨园镇发出动员令，', 'title: 梨园镇发出动员令，全区3万余人次在职党员，'),
    );
    files = withEdit(files, 'content/glossary.yaml', (t) =>
      t.replace('definition: 党员在工作和生活中带头、做表率，', 'definition: 党员在工作和生活中带头、做表率，全区3万余人次，'),
    );
    files = withEdit(files, 'content/entities.yaml', (t) =>
      t.replace('note: 梨园镇大方居小区居民，', 'note: 梨园镇大方居小区居民，3万余人次之一，'),
    );
    files = withEdit(files, 'content/figures.yaml', (t) =>
      t.replace('label: 在职党员奔赴社区防疫一线、保障一线', 'label: 3万余人次在职党员奔赴一线'),
    );
    files = withEdit(files, 'content/en/timeline.yaml', (t) =>
      oldEnglishTitle(t).replace(
        'phrase: On May 1, a mobilisation order from Liyuan Town launching the “double reporting”',
        'phrase: more than 30,000 person-times',
      ),
    );
    files = withEdit(files, 'content/en/glossary.yaml', (t) =>
      t.replace('The short Chinese name of novel', 'More than 30,000 person-times: the short Chinese name of novel'),
    );
    files = withEdit(files, 'content/en/entities.yaml', (t) =>
      t.replace(
        'note: A resident of the Dafangju compound',
        'note: One of more than 30,000 person-times, a resident of the Dafangju compound',
      ),
    );
    files = withEdit(files, 'content/en/figures.yaml', oldEnglishLabel);
    expect(checkContent(files).problems).toEqual([
      siwanStale([
        'content/en/article/vanguard.mdx:16:615: English paragraph vanguard-5 still reads “more than 30,000”; give the erratum “english:” with “printed:” (these English words) and “corrected:” (how they read with 4万余)',
        'content/timeline.yaml:9:10: entry “liyuan-call-for-volunteers”, field “title” still reads “3万余”',
        'content/timeline.yaml:25:9: entry “publication”, field “note” still reads “3万余”',
        'content/glossary.yaml:17:15: entry “xianfeng-mofan-zuoyong”, field “definition” still reads “3万余”',
        'content/entities.yaml:18:9: entry “ma-huan”, field “note” still reads “3万余”',
        'content/figures.yaml:70:10: entry “in-service-members-30000”, field “label” still reads “3万余”',
        'content/en/timeline.yaml:13:10: entry “liyuan-call-for-volunteers”, field “title” still reads “more than 30,000”',
        'content/en/timeline.yaml:14:11: entry “liyuan-call-for-volunteers”, field “phrase” still reads “more than 30,000”',
        'content/en/timeline.yaml:20:9: entry “publication”, field “note” still reads “more than 30,000”',
        'content/en/glossary.yaml:24:15: entry “xinguan-feiyan”, field “definition” still reads “More than 30,000”',
        'content/en/entities.yaml:26:9: entry “ma-huan”, field “note” still reads “more than 30,000”',
        'content/en/figures.yaml:35:10: entry “in-service-members-30000”, field “label” still reads “More than 30,000”',
        'content/en/figures.yaml:34:11: entry “in-service-members-30000”, field “phrase” still reads “more than 30,000”',
      ]),
    ]);
  });

  it('reads an English event phrase quoting the corrected paragraph as the English reading corrects it, and finds nothing once the notes are updated', () => {
    let files = edited('content/errata.yaml', (t) => t + SIWAN(READING));
    files = withEdit(files, 'content/timeline.yaml', (t) => t.replace('全区3万余人次', '全区4万余人次'));
    files = withEdit(files, 'content/en/timeline.yaml', (t) =>
      t
        .replace('more than 30,000 person-times) is', 'more than 40,000 person-times) is')
        .replace(
          'phrase: On May 1, a mobilisation order from Liyuan Town launching the “double reporting”',
          'phrase: more than 30,000 person-times',
        ),
    );
    expect(checkContent(files).problems).toEqual([]);
  });

  it('with the English reading given, still names an English event title and figure label that keep the old figure: only phrases quote the paragraph', () => {
    let files = edited('content/errata.yaml', (t) => t + SIWAN(READING));
    files = withEdit(files, 'content/timeline.yaml', (t) => t.replace('全区3万余人次', '全区4万余人次'));
    files = withEdit(files, 'content/en/timeline.yaml', (t) =>
      oldEnglishTitle(t.replace('more than 30,000 person-times) is', 'more than 40,000 person-times) is')),
    );
    files = withEdit(files, 'content/en/figures.yaml', oldEnglishLabel);
    expect(checkContent(files).problems).toEqual([
      siwanStale([
        'content/en/timeline.yaml:13:10: entry “liyuan-call-for-volunteers”, field “title” still reads “more than 30,000”',
        'content/en/figures.yaml:35:10: entry “in-service-members-30000”, field “label” still reads “More than 30,000”',
      ]),
    ]);
  });

  it('with an English reading that does not stand in its paragraph, names only the reading, not the places the correction would change', () => {
    const files = edited('content/errata.yaml', (t) => t + SIWAN(READING.replace('printed: more than 30,000', 'printed: over 30,000')));
    expect(checkContent(files).problems).toEqual([
      'content/errata.yaml:20: entry “vanguard-5-siwan”, field “english”: expected “over 30,000 person-times” to stand once in English paragraph vanguard-5 (content/en/article/vanguard.mdx:16), found it 0 times',
    ]);
  });

  it('holds the English figure phrase an English reading reaches to the corrected ledger figure: a reading giving another figure is named there too', () => {
    const files = edited(
      'content/errata.yaml',
      (t) => t + SIWAN(READING.replace('corrected: more than 40,000', 'corrected: more than 50,000')),
    );
    expect(checkContent(files).problems).toEqual([
      "content/en/figures.yaml:33: entry “in-service-members-30000”, field “phrase”: expected the ledger's figure (40000+) in “more than 50,000 person-times”, found 50000+",
      siwanStale([
        'content/en/article/vanguard.mdx:16:615: English paragraph vanguard-5 still reads “more than 30,000”; give the erratum “english:” with “printed:” (these English words) and “corrected:” (how they read with 4万余)',
        'content/timeline.yaml:25:9: entry “publication”, field “note” still reads “3万余”',
        'content/en/timeline.yaml:20:9: entry “publication”, field “note” still reads “more than 30,000”',
      ]),
    ]);
  });
});
