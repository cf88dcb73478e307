import { describe, expect, it } from 'vitest';
import { ELLIPSIS, excerpt, hitHref, markedTexts, type Excerpt } from '@/lib/search/excerpt.ts';

const text =
  '为高效开展防控工作，该防控临时党支部及时成立疫情防控党员突击队，设立党员值守先锋岗，划定党员责任区，并迅速建立起“临时党支部（现场进驻组）+四长管控（厂长、楼长、层长、组长）”的组织体系。';
const at = text.indexOf('四长管控');

/** The excerpt's text, each marked piece in brackets. */
function shown({ segments }: Excerpt): string {
  return segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');
}

/** The excerpt of `para` around the first `query` in it. */
function around(para: string, query: string, options: { before: number; length: number; words?: boolean }): Excerpt {
  const from = para.indexOf(query);
  return excerpt(para, [[from, from + query.length]], options);
}

describe('excerpt', () => {
  // A paragraph that opens with a quotation and has marks around its middle: “…”, “打油诗” and （见下）.
  const poem = '“大疫共治齐担当，为民奉献我荣光……”通州区司法局下沉干部于其舰在下沉杨庄街道期间创作了一首“打油诗”（见下），表达出斗志。';

  it('cuts a window around the first match, with the match marked whole', () => {
    const { segments, cutStart, cutEnd } = excerpt(text, [[at, at + 4]], { before: 8, length: 24 });
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['四长管控']);
    // The window would end inside 组长: it ends after the 、 before it, the nearest clause mark.
    expect(segments.map((s) => s.text).join('')).toBe(text.slice(at - 8, at + 14));
    expect(cutStart).toBe(true);
    expect(cutEnd).toBe(true);
  });

  it('moves a cut to the end of a clause standing near it', () => {
    const para = '杨庄街道3个涉疫小区临时管控期间，区域网购量激增，京东快递站点负责人殷忠龙作为党员代表，紧急安排快递小哥24小时应急轮守。';
    const from = para.indexOf('网购');
    const { segments, cutStart, cutEnd } = excerpt(para, [[from, from + 2]], { before: 4, length: 18 });
    const shown = segments.map((s) => s.text).join('');
    // The window would start on 间, before the comma: it starts after it. No clause mark stands near its end.
    expect(shown).toBe('区域网购量激增，京东快递站点负责');
    expect([cutStart, cutEnd]).toEqual([true, true]);
  });

  it('never starts with a closing mark nor ends with an opening one, wherever the window falls', () => {
    const seen = new Set<string>();
    for (const query of ['司法局', '打油诗', '斗志']) {
      const from = poem.indexOf(query);
      for (let before = 0; before <= 24; before += 1) {
        for (const length of [10, 14, 20, 27]) {
          const { segments, cutStart, cutEnd } = excerpt(poem, [[from, from + query.length]], { before, length });
          const shown = segments.map((s) => s.text).join('');
          expect(shown, `${query}, ${before}, ${length}`).toContain(query);
          if (cutStart) expect(shown, `${query}, ${before}, ${length}`).not.toMatch(/^[，。、；：？！）》”’…—]/u);
          if (cutEnd) expect(shown, `${query}, ${before}, ${length}`).not.toMatch(/[（《“‘]$/u);
          seen.add(shown[0] ?? '');
        }
      }
    }
    // The windows did fall on the marks (without the rule, some would start with ” or ，).
    expect(seen.size).toBeGreaterThan(3);
  });

  it('keeps a closing mark right after the cut with the text it closes', () => {
    const para = '他说：“我们一起守护好社区。”随后大家各自回到卡口岗位继续值守。';
    const from = para.indexOf('守护');
    const end = para.indexOf('。”');
    const { segments, cutEnd } = excerpt(para, [[from, from + 2]], { before: 0, length: end - from });
    // It starts at the quotation the colon opens, and ends with the quotation's closing mark, not before it.
    expect(segments.map((s) => s.text).join('')).toBe('“我们一起守护好社区。”');
    expect(cutEnd).toBe(true);
  });

  it('puts an ellipsis where it cuts', () => {
    expect(ELLIPSIS).toBe('…');
  });

  it('fills the window from the end when the match is near it', () => {
    const end = text.length;
    const { segments, cutEnd } = excerpt(text, [[end - 5, end - 1]], { before: 8, length: 30 });
    expect(segments.map((s) => s.text).join('')).toBe(text.slice(end - 30));
    expect(cutEnd).toBe(false);
  });

  it('marks every range inside the window, and clips one that runs out of it', () => {
    const { segments } = excerpt(
      '党员党员党员党员',
      [
        [0, 2],
        [4, 6],
        [6, 8],
      ],
      { before: 0, length: 7 },
    );
    expect(segments).toEqual([
      { text: '党员', mark: true },
      { text: '党员', mark: false },
      { text: '党员', mark: true },
      { text: '党', mark: true },
    ]);
  });

  it('cuts English between words', () => {
    const english = 'Members of the Party-member shock team of the temporary Party branch kept order at the testing site.';
    const from = english.indexOf('shock team');
    const { segments } = excerpt(english, [[from, from + 10]], { before: 10, length: 40, words: true });
    const shown = segments.map((s) => s.text).join('');
    // The window would start inside “Party-member”: the word is left out rather than shown cut.
    expect(shown.startsWith('shock team of the')).toBe(true);
    expect(shown.endsWith(' ')).toBe(false);
    expect(english).toContain(shown);
    expect(shown.split(' ').every((word) => english.split(' ').includes(word))).toBe(true);
  });

  it('never cuts a character outside the Basic Multilingual Plane in two', () => {
    const wide = '𠀀𠀀𠀀党员';
    // The window would start on the second half of the second 𠀀: it starts on the first half instead.
    const { segments } = excerpt(wide, [[6, 8]], { before: 3, length: 5 });
    expect(segments.map((s) => s.text).join('')).toBe(wide.slice(2));
    expect(segments.map((s) => s.text).join('')).not.toMatch(/^[\udc00-\udfff]/u);
  });

  it('never cuts in two a character whose second half is the last low surrogate', () => {
    // U+203FF is written \ud840\udfff: the window would start on \udfff, it starts on \ud840.
    const wide = '\u{203FF}\u{203FF}\u{203FF}党员';
    expect(shown(excerpt(wide, [[6, 8]], { before: 3, length: 5 }))).toBe('\u{203FF}\u{203FF}[党员]');
  });

  it('never starts with a space', () => {
    // The window would start on the space before 名.
    expect(shown(around('全区 637 名下沉干部在社区值守', '下沉干部', { before: 2, length: 8 }))).toBe('名[下沉干部]在社');
  });

  it('moves a cut to a clause mark at most six characters away', () => {
    const para = '京东快递站点负责人殷忠龙作为党员代表，紧急安排快递小哥应急轮守';
    // Past the comma is six characters on from a cut after 作, seven from a cut after 龙.
    expect(shown(around(para, '京东', { before: 0, length: 13 }))).toBe('[京东]快递站点负责人殷忠龙作为党员代表，');
    expect(shown(around(para, '京东', { before: 0, length: 12 }))).toBe('[京东]快递站点负责人殷忠龙');
  });

  it('moves a cut to the nearest clause mark, and to the earlier of two as near', () => {
    const para = '党员值守，先锋岗，划定责任区域';
    // A cut after 锋 is one character past the first comma and three short of past the second; after 岗, two from each.
    expect(shown(around(para, '党员', { before: 0, length: 6 }))).toBe('[党员]值守，');
    expect(shown(around(para, '党员', { before: 0, length: 7 }))).toBe('[党员]值守，');
  });

  it('never moves a cut into the match to reach a clause mark', () => {
    // The comma after 党员 is near the start, the one before it near the end: neither moves the cut.
    expect(shown(around('一二三四党员，五六七八九十', '党员', { before: 2, length: 6 }))).toBe('三四[党员]，');
    expect(shown(around('一二三，党员六七八九十', '党员', { before: 0, length: 3 }))).toBe('[党员]六');
  });

  it('moves a cut to a clause mark at the very edge of the match', () => {
    const para = '区域网购量激增，京东快递站点负责人';
    expect(shown(around(para, '京东', { before: 3, length: 8 }))).toBe('[京东]快递站');
    expect(shown(around(para, '激增，', { before: 0, length: 6 }))).toBe('[激增，]');
  });

  it('shows a paragraph it does not cut from its first character to its last, whatever marks stand there', () => {
    expect(around('他说：“我们一起守护好社区。”', '守护', { before: 16, length: 72 })).toEqual({
      segments: [
        { text: '他说：“我们一起', mark: false },
        { text: '守护', mark: true },
        { text: '好社区。”', mark: false },
      ],
      cutStart: false,
      cutEnd: false,
    });
    expect(shown(around('四长管控：厂长、楼长、层长、组长', '四长管控', { before: 16, length: 72 }))).toBe(
      '[四长管控]：厂长、楼长、层长、组长',
    );
    expect(shown(around('……”通州区司法局下沉干部于其舰', '司法局', { before: 16, length: 72 }))).toBe('……”通州区[司法局]下沉干部于其舰');
    expect(around('党员一二三四（', '党员', { before: 16, length: 72 })).toEqual({
      segments: [
        { text: '党员', mark: true },
        { text: '一二三四（', mark: false },
      ],
      cutStart: false,
      cutEnd: false,
    });
  });

  it('starts after a closing mark and ends before an opening mark where it cuts', () => {
    // The window would start on ” and end after “.
    expect(shown(around(poem, '通州区', { before: 1, length: 12 }))).toBe('[通州区]司法局下沉干部于');
    expect(shown(around(poem, '一首', { before: 0, length: 3 }))).toBe('[一首]');
  });

  it('keeps whole a match that begins with a closing mark or ends with an opening one', () => {
    expect(shown(around(poem, '……”通州区', { before: 0, length: 12 }))).toBe('[……”通州区]司法局下沉干');
    expect(shown(around(poem, '一首“', { before: 0, length: 3 }))).toBe('[一首“]');
  });

  it('marks no range that only touches the window', () => {
    const { segments } = excerpt(
      '党员党员党员党员',
      [
        [0, 2],
        [6, 8],
      ],
      { before: 0, length: 6 },
    );
    expect(segments).toEqual([
      { text: '党员', mark: true },
      { text: '党员党员', mark: false },
    ]);
  });

  it('shows the whole paragraph when it is short', () => {
    expect(excerpt('党员', [[0, 2]], { before: 10, length: 50 })).toEqual({
      segments: [{ text: '党员', mark: true }],
      cutStart: false,
      cutEnd: false,
    });
  });
});

describe('excerpt of English', () => {
  const para = 'Members of the shock team kept order at the testing site, day and night.';

  it('starts at the paragraph start when the window reaches it, and shows a short paragraph whole', () => {
    expect(shown(around(para, 'shock', { before: 20, length: 30, words: true }))).toBe('Members of the [shock] team kept');
    expect(around('Members of the shock team kept order', 'shock', { before: 60, length: 220, words: true })).toEqual({
      segments: [
        { text: 'Members of the ', mark: false },
        { text: 'shock', mark: true },
        { text: ' team kept order', mark: false },
      ],
      cutStart: false,
      cutEnd: false,
    });
  });

  it('starts at the match when asked for nothing before it', () => {
    expect(shown(around(para, 'shock', { before: 0, length: 20, words: true }))).toBe('[shock] team kept');
    expect(shown(around('Members of the shock team kept order at the testing site', 'site', { before: 0, length: 4, words: true }))).toBe(
      '[site]',
    );
  });

  it('keeps whole a match that begins with a space', () => {
    const { segments } = around(para, ' team', { before: 0, length: 10, words: true });
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual([' team']);
  });

  it('ends right after the match, with the mark that follows it', () => {
    expect(shown(around(para, 'site', { before: 0, length: 4, words: true }))).toBe('[site],');
  });

  it('ends at the space right after the match rather than inside the next word, and keeps a whole word of one letter', () => {
    expect(shown(around('the shock team of', 'shock', { before: 0, length: 8, words: true }))).toBe('[shock]');
    expect(shown(around('the shock a of', 'shock', { before: 0, length: 8, words: true }))).toBe('[shock] a');
  });

  it('starts where the window starts when no space follows it: a run with no word to drop is cut, not shown whole', () => {
    expect(excerpt('Lianhuasi-community-Yin', [[20, 23]], { before: 4, length: 7, words: true })).toEqual({
      segments: [
        { text: 'ity-', mark: false },
        { text: 'Yin', mark: true },
      ],
      cutStart: true,
      cutEnd: false,
    });
  });

  it('keeps a word the window starts at the beginning of', () => {
    expect(shown(around('aa bb cc dd ee ff', 'dd', { before: 6, length: 8, words: true }))).toBe('bb cc [dd]');
  });
});

describe('markedTexts and hitHref', () => {
  it('lists what a hit marks, once each, for the landing page to highlight', () => {
    expect(
      markedTexts('党员和党员们', [
        [0, 2],
        [3, 5],
      ]),
    ).toEqual(['党员']);
  });

  it('links to the paragraph, with one highlight parameter per text', () => {
    expect(hitHref('/organizing/', 'organizing-3', ['四长管控'])).toBe(
      `/organizing/?highlight=${encodeURIComponent('四长管控')}#organizing-3`,
    );
    expect(hitHref('/vanguard/', 'vanguard-4', ['637', '下沉干部'])).toMatch(/^\/vanguard\/\?highlight=637&highlight=.+#vanguard-4$/);
    expect(hitHref('/', 'lede-1', [])).toBe('/#lede-1');
  });
});
