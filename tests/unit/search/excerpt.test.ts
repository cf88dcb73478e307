import { describe, expect, it } from 'vitest';
import { ELLIPSIS, excerpt, hitHref, markedTexts } from '@/lib/search/excerpt.ts';

const text =
  '为高效开展防控工作，该防控临时党支部及时成立疫情防控党员突击队，设立党员值守先锋岗，划定党员责任区，并迅速建立起“临时党支部（现场进驻组）+四长管控（厂长、楼长、层长、组长）”的组织体系。';
const at = text.indexOf('四长管控');

describe('excerpt', () => {
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
    const para = '“大疫共治齐担当，为民奉献我荣光……”通州区司法局下沉干部于其舰在下沉杨庄街道期间创作了一首“打油诗”（见下），表达出斗志。';
    const seen = new Set<string>();
    for (const query of ['司法局', '打油诗', '斗志']) {
      const from = para.indexOf(query);
      for (let before = 0; before <= 24; before += 1) {
        for (const length of [10, 14, 20, 27]) {
          const { segments, cutStart, cutEnd } = excerpt(para, [[from, from + query.length]], { before, length });
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

  it('shows the whole paragraph when it is short', () => {
    expect(excerpt('党员', [[0, 2]], { before: 10, length: 50 })).toEqual({
      segments: [{ text: '党员', mark: true }],
      cutStart: false,
      cutEnd: false,
    });
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
