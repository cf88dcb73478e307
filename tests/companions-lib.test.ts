import { describe, expect, it } from 'vitest';
import { chartDescription, figureNumeral, figuresChart, niceTicks, textEms, wrapText } from '@/lib/graphics/chart.ts';
import { keepFirstGlossaryLinks } from '@/integrations/postbuild/glossary-links.ts';
import { excerpt, findMentions, firstMentions } from '@/lib/text/mentions.ts';
import { compareParagraphs, paragraphLabel, paragraphPosition } from '@/lib/text/paragraphs.ts';
import { PART_IDS } from '@/schemas.ts';
import { UI } from '@/i18n/ui.ts';
import { chartFigure } from './support/companions.ts';

const words = UI['zh-CN'].chart;

describe('findMentions', () => {
  const entries = [
    { id: 'branch', forms: ['临时党支部'] },
    { id: 'lianhuasi-branch', forms: ['莲花寺社区疫情防控临时党支部'] },
    { id: 'shuangbaodao', forms: ['在职党员“双报到”'] },
    { id: 'zaizhi', forms: ['在职党员'] },
    { id: 'test', forms: ['核酸检测', '核酸采样'] },
  ];

  it('finds each mention left to right with its offsets', () => {
    expect(findMentions('先核酸采样，再核酸检测', entries)).toEqual([
      { id: 'test', form: '核酸采样', start: 1, end: 5 },
      { id: 'test', form: '核酸检测', start: 7, end: 11 },
    ]);
  });

  it('prefers the longest term starting at the same place, and never overlaps', () => {
    expect(findMentions('开展在职党员“双报到”活动，在职党员回应', entries).map((m) => [m.id, m.start])).toEqual([
      ['shuangbaodao', 2],
      ['zaizhi', 14],
    ]);
    expect(findMentions('莲花寺社区疫情防控临时党支部正式成立', entries).map((m) => m.id)).toEqual(['lianhuasi-branch']);
  });

  it('finds nothing in text that names nothing, and ignores empty forms', () => {
    expect(findMentions('没有术语', entries)).toEqual([]);
    expect(findMentions('abc', [{ id: 'empty', forms: [''] }])).toEqual([]);
  });

  it('firstMentions keeps the first paragraph and place of each entry', () => {
    const first = firstMentions(['核酸检测', '临时党支部和核酸采样'], entries);
    expect(first.get('test')).toEqual({ index: 0, mention: { id: 'test', form: '核酸检测', start: 0, end: 4 } });
    expect(first.get('branch')?.index).toBe(1);
    expect(first.has('zaizhi')).toBe(false);
  });
});

describe('excerpt', () => {
  it('cuts a few characters either side of the first form, saying where it cut', () => {
    expect(excerpt('一二三四五于其舰六七八九十', ['于其舰'], 2)).toEqual({
      before: '四五',
      match: '于其舰',
      after: '六七',
      cutStart: true,
      cutEnd: true,
    });
    expect(excerpt('于其舰说', ['于其舰'], 5)).toEqual({ before: '', match: '于其舰', after: '说', cutStart: false, cutEnd: false });
  });

  it('takes the earliest of several forms, and is null when none stands in the text', () => {
    expect(excerpt('在中仓街道管控区内，莲花寺社区', ['莲花寺社区', '中仓街道'], 1)?.match).toBe('中仓街道');
    expect(excerpt('无关的文字', ['于其舰'])).toBeNull();
  });
});

describe('paragraph labels and positions', () => {
  it('names paragraphs as readers do', () => {
    expect(paragraphLabel('lede-2', PART_IDS)).toBe('导语第2段');
    expect(paragraphLabel('organizing-1', PART_IDS)).toBe('第一部分第1段');
    expect(paragraphLabel('vanguard-4', PART_IDS)).toBe('第二部分第4段');
    expect(paragraphLabel('contributions-5', PART_IDS)).toBe('第三部分第5段');
  });

  it('orders paragraphs by part, then number', () => {
    expect(paragraphPosition('lede-3', PART_IDS)).toEqual([0, 3]);
    expect(paragraphPosition('contributions-12', PART_IDS)).toEqual([3, 12]);
    // By number, not by text: vanguard-10 comes after vanguard-9.
    const ids = ['vanguard-10', 'contributions-1', 'vanguard-9', 'lede-3', 'organizing-2'];
    expect(ids.sort((a, b) => compareParagraphs(a, b, PART_IDS))).toEqual([
      'lede-3',
      'organizing-2',
      'vanguard-9',
      'vanguard-10',
      'contributions-1',
    ]);
  });

  it('rejects an id of no part', () => {
    expect(() => paragraphLabel('epilogue-1', PART_IDS)).toThrow('not a paragraph id of this article: “epilogue-1”');
    expect(() => paragraphPosition('vanguard', PART_IDS)).toThrow('not a paragraph id');
  });
});

describe('figureNumeral', () => {
  it('writes “余” whenever the value is a lower bound', () => {
    expect(figureNumeral(5300, true)).toBe('5300余');
    expect(figureNumeral(30, true)).toBe('30余');
    expect(figureNumeral(3717, false)).toBe('3717');
  });

  it('writes round ten-thousands with 万, as the article does', () => {
    expect(figureNumeral(30_000, true)).toBe('3万余');
    expect(figureNumeral(20_000, false)).toBe('2万');
    expect(figureNumeral(12_345, false)).toBe('12345');
  });
});

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 × 10ⁿ up to at least the maximum', () => {
    expect(niceTicks(5300)).toEqual([0, 2000, 4000, 6000]);
    expect(niceTicks(3717)).toEqual([0, 1000, 2000, 3000, 4000]);
    expect(niceTicks(30)).toEqual([0, 10, 20, 30]);
    expect(niceTicks(8)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('wrapText', () => {
  it('keeps text that fits on one line', () => {
    expect(wrapText('市级机关遴选的下沉干部', 12)).toEqual(['市级机关遴选的下沉干部']);
  });

  it('breaks into balanced lines, preferring a break after punctuation, and loses no character', () => {
    const lines = wrapText('向社区（村）报到的“两新”组织', 14);
    expect(lines).toEqual(['向社区（村）', '报到的“两新”组织']);
    expect(wrapText('在职党员奔赴社区防疫一线、保障一线', 14).join('')).toBe('在职党员奔赴社区防疫一线、保障一线');
    for (const line of wrapText('在职党员奔赴社区防疫一线、保障一线', 14)) expect(textEms(line)).toBeLessThanOrEqual(14);
  });

  it('never starts a line with a closing mark or ends one with an opening mark', () => {
    for (const width of [3, 4, 5, 6]) {
      const lines = wrapText('甲乙丙丁，“戊己”庚辛。壬癸', width);
      expect(lines.join('')).toBe('甲乙丙丁，“戊己”庚辛。壬癸');
      for (const line of lines) {
        expect(line).not.toMatch(/^[，。”]/);
        expect(line).not.toMatch(/“$/);
      }
    }
  });

  it('counts Latin letters and digits as about half an em', () => {
    expect(textEms('2100余')).toBeCloseTo(3.24);
  });
});

const fig = chartFigure;

describe('figuresChart', () => {
  const people = [fig('a', 637, false), fig('b', 5300, true), fig('c', 30, true), fig('d', 3717, false)];
  const apart = [fig('e', 30_000, true, '人次', '在职党员奔赴社区防疫一线、保障一线'), fig('f', 2100, true, '个', '组织')];
  const layout = figuresChart(people, apart, { words });

  it('draws the people as bars, largest first, on one linear scale from 0', () => {
    expect(layout.bars.map((bar) => bar.figure.id)).toEqual(['b', 'd', 'a', 'c']);
    const perUnit = layout.bars.map((bar) => bar.width / bar.figure.value);
    for (const ratio of perUnit) expect(ratio).toBeCloseTo(perUnit[0]!, 9);
    expect(layout.bars.every((bar) => bar.x === layout.axis.x0)).toBe(true);
    const top = layout.axis.ticks.at(-1)!;
    expect(top.value).toBe(6000);
    expect(layout.bars[0]!.width).toBeCloseTo(((top.x - layout.axis.x0) * 5300) / 6000, 9);
  });

  it('labels each bar with its numeral and unit, keeping “余”', () => {
    expect(layout.bars.map((bar) => bar.text)).toEqual(['5300余名', '3717名', '637名', '30余名']);
  });

  it('gives “余” bars, and only them, a tail that stays inside the chart', () => {
    expect(layout.bars.map((bar) => bar.tail !== null)).toEqual([true, false, false, true]);
    for (const bar of layout.bars) {
      if (!bar.tail) continue;
      expect(bar.tail.x1).toBeCloseTo(bar.x + bar.width, 9);
      expect(bar.tail.x2).toBeGreaterThan(bar.tail.x1);
      expect(bar.tail.x2).toBeLessThanOrEqual(layout.width);
    }
    expect(layout.legend?.text).toContain('余');
  });

  it('adds a tick when a “余” bar would run its tail off the edge', () => {
    const tight = figuresChart([fig('x', 5950, true)], [], { words });
    expect(tight.axis.ticks.map((t) => t.value)).toEqual([0, 2000, 4000, 6000, 8000]);
    expect(figuresChart([fig('x', 5950, false)], [], { words }).axis.ticks.at(-1)!.value).toBe(6000);
  });

  it('stacks rows without overlap and fits everything in its height', () => {
    layout.bars.forEach((bar, i) => {
      expect(bar.labelY).toBeLessThan(bar.y);
      const next = layout.bars[i + 1];
      if (next) expect(next.labelY - layout.fontSize).toBeGreaterThan(bar.y + bar.height);
    });
    expect(layout.axis.labelY).toBeGreaterThan(layout.bars.at(-1)!.y + layout.bars.at(-1)!.height);
    const last = layout.callouts.at(-1)!;
    expect(last.y + last.height).toBeLessThanOrEqual(layout.height);
  });

  it('shows the other units apart, below the scale, with their labels wrapped to fit', () => {
    expect(layout.callouts.map((c) => [c.numeral, c.figure.unit])).toEqual([
      ['3万余', '人次'],
      ['2100余', '个'],
    ]);
    expect(layout.callouts[0]!.y).toBeGreaterThan(layout.axis.labelY);
    expect(layout.callouts[1]!.y).toBeGreaterThanOrEqual(layout.callouts[0]!.y + layout.callouts[0]!.height);
    const first = layout.callouts[0]!;
    expect(first.lines.map((l) => l.text).join('')).toBe('在职党员奔赴社区防疫一线、保障一线');
    for (const line of first.lines) expect(first.labelX + textEms(line.text) * layout.fontSize).toBeLessThanOrEqual(layout.width);
  });

  it('leaves out what it is not given', () => {
    const bare = figuresChart([fig('a', 637, false)], [], { words });
    expect(bare.legend).toBeNull();
    expect(bare.apartHeading).toBeNull();
    expect(bare.callouts).toEqual([]);
  });
});

describe('chartDescription', () => {
  it('says every figure with its numeral, unit and label', () => {
    const text = chartDescription(
      [fig('a', 637, false, '名', '市级干部'), fig('b', 5300, true, '名', '党员')],
      [fig('e', 30_000, true, '人次', '在职党员')],
      words,
    );
    expect(text).toBe(
      '横条图，文中的人数画在同一标尺上：党员5300余名；市级干部637名。另计，单位不同，未画在标尺上：在职党员3万余人次。“余”表示实数多于此数。',
    );
  });
});

describe('keepFirstGlossaryLinks', () => {
  const link = (id: string, text: string, title = '释义') =>
    `<a href="../glossary/#${id}" class="glossary-term" data-glossary="${id}" title="${title}">${text}</a>`;

  it('keeps the first link to each term and unwraps the rest to their text', () => {
    const html = `<p>${link('kakou', '卡口')}与${link('dabai', '大白')}</p><p>又是${link('kakou', '卡口')}</p>`;
    expect(keepFirstGlossaryLinks(html)).toEqual({
      html: `<p>${link('kakou', '卡口')}与${link('dabai', '大白')}</p><p>又是卡口</p>`,
      unwrapped: 1,
    });
  });

  it('copes with “>” inside a quoted attribute and leaves other links alone', () => {
    const html = `${link('a', '甲', 'x > y')}<a href="#p">¶</a>${link('a', '甲', 'x > y')}`;
    expect(keepFirstGlossaryLinks(html)).toEqual({ html: `${link('a', '甲', 'x > y')}<a href="#p">¶</a>甲`, unwrapped: 1 });
  });
});
