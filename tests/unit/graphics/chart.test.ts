import { describe, expect, it } from 'vitest';
import {
  chartDescription,
  chartSizes,
  figureNumeral,
  figuresChart,
  gridBands,
  niceTicks,
  textEms,
  wrapText,
  wrapWords,
} from '@/lib/graphics/chart.ts';
import { UI } from '@/i18n/ui.ts';
import { chartFigure } from '../../support/companions.ts';

const words = UI['zh-CN'].chart;

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

  it('starts 万 at ten thousand exactly, and never writes 0万', () => {
    expect(figureNumeral(10_000, false)).toBe('1万');
    expect(figureNumeral(0, false)).toBe('0');
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

  it('gives no line for no text', () => {
    expect(wrapText('', 10)).toEqual([]);
  });

  it('sets a character wider than the line alone on its line rather than losing it', () => {
    expect(wrapText('一二', 0.5)).toEqual(['一', '二']);
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

  it('draws gridlines only in the bars’ strips: never through a label or value line, nor the tick labels', () => {
    for (const size of chartSizes('zh-CN')) {
      const drawn = figuresChart(people, apart, { words, width: size.width, fontSize: size.fontSize });
      const { fontSize, axis } = drawn;
      expect(axis.bands).toHaveLength(drawn.bars.length);
      for (const bar of drawn.bars) {
        // A CJK face's box reaches about 0.3 em below the baseline and 1.2 em above it.
        const labelBottom = bar.labelY + fontSize * 0.3;
        for (const band of axis.bands) {
          const labelTop = bar.labelY - fontSize * 1.2;
          expect(band.y2 <= labelTop || band.y1 >= labelBottom, `${size.variant}: a band crosses the label line of ${bar.figure.id}`).toBe(
            true,
          );
        }
        const own = axis.bands[drawn.bars.indexOf(bar)]!;
        expect(own.y1).toBeLessThanOrEqual(bar.y);
        expect(own.y2).toBeGreaterThanOrEqual(bar.y + bar.height);
      }
      const tickTop = axis.labelY - fontSize * 0.85 * 1.2;
      expect(Math.max(...axis.bands.map((band) => band.y2))).toBeLessThan(tickTop);
    }
  });

  it('gives each bar a strip a little taller than the bar', () => {
    expect(gridBands([{ y: 40, height: 14 }], 13)).toEqual([{ y1: 38, y2: 56 }]);
  });

  it('is laid out for phones and for the desktop column, whose width depends on the language', () => {
    expect(chartSizes('zh-CN')).toEqual([
      { variant: 'narrow', width: 320, fontSize: 13 },
      { variant: 'wide', width: 576, fontSize: 15 },
    ]);
    expect(chartSizes('en').map((size) => size.width)).toEqual([320, 544]);
    const wide = figuresChart(people, apart, { words, width: 576, fontSize: 15 });
    expect(wide.axis.ticks.at(-1)!.x).toBeCloseTo(575, 9);
    expect(wide.callouts.every((c) => c.width === 575)).toBe(true);
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

/** A chart figure counted in people, labelled in English unless said otherwise. */
const figEn = (id: string, value: number, approx: boolean, unit = 'people', label = 'Label') => chartFigure(id, value, approx, unit, label);

describe('the figures chart in English', () => {
  const people = [figEn('a', 637, false), figEn('b', 5300, true), figEn('c', 3717, false)];
  const apart = [
    figEn('d', 30_000, true, 'person-times', 'In-service Party members'),
    figEn('e', 2100, true, 'organisations', 'Organisations'),
  ];

  it('writes numerals the English way: thousands separated, “more than” as +', () => {
    expect(figureNumeral(30_000, true, 'en')).toBe('30,000+');
    expect(figureNumeral(3717, false, 'en')).toBe('3,717');
    expect(figureNumeral(30_000, true)).toBe('3万余');
  });

  it('labels bars with numeral and unit, ticks with separators, and its words in English', () => {
    const layout = figuresChart(people, apart, { lang: 'en', words: UI.en.chart });
    expect(layout.bars.map((bar) => bar.text)).toEqual(['5,300+ people', '3,717 people', '637 people']);
    expect(layout.axis.ticks.map((tick) => tick.label)).toEqual(['0', '2,000', '4,000', '6,000']);
    expect(layout.peopleHeading.text).toBe('People (one scale)');
    expect(layout.legend?.text).toBe('Dashed: “more than” in the original');
  });

  it('puts a callout’s unit before its label and starts the label after the widest numeral', () => {
    const layout = figuresChart(people, apart, { lang: 'en', words: UI.en.chart });
    const [first] = layout.callouts;
    expect(first?.unitAfterNumeral).toBe(false);
    expect(first?.lines.map((line) => line.text).join(' ')).toBe('person-times: In-service Party members');
    const numeralWidth = textEms('30,000+') * layout.fontSize * 1.8;
    expect(first!.labelX).toBeGreaterThan(layout.fontSize * 0.8 + numeralWidth);
    // The Chinese chart keeps its unit after the numeral and its label at 9 ems.
    const chinese = figuresChart(people, [figEn('d', 30_000, true, '人次', '在职党员')], { words });
    expect(chinese.callouts[0]).toMatchObject({ unitAfterNumeral: true, labelX: 13 * 9 });
  });

  it('stops a label too long to stand beside its value, naming it', () => {
    const long = figEn('x', 637, false, 'people', 'Cadres selected by the municipal-level organs');
    expect(() => figuresChart([long], [], { lang: 'en', words: UI.en.chart })).toThrow(
      /label “Cadres selected by the municipal-level organs” of x is too long/,
    );
  });

  it('wraps words within the width, never inside a word', () => {
    expect(wrapWords('in-service Party members going to the front lines', 10)).toEqual([
      'in-service Party',
      'members going to',
      'the front lines',
    ]);
    expect(wrapWords('supercalifragilistic', 3)).toEqual(['supercalifragilistic']);
  });

  it('keeps on one line words that fill the width exactly, and ignores spaces at either end or doubled', () => {
    expect(wrapWords('ab cd', textEms('ab cd'))).toEqual(['ab cd']);
    expect(wrapWords('  ab   cd ', 20)).toEqual(['ab cd']);
  });

  it('says the chart in English words for its description', () => {
    expect(chartDescription(people, apart, UI.en.chart, 'en')).toBe(
      'Bar chart of the counts of people in the article, on one scale: Label, 5,300+ people; Label, 3,717 people; Label, 637 people. ' +
        'Counted apart, in other units, not on the scale: In-service Party members, 30,000+ person-times; Organisations, 2,100+ organisations. ' +
        'A plus sign means “more than”: the article gives a lower bound.',
    );
  });
});

describe('the chart’s geometry, worked out by hand for one small chart', () => {
  // Width 201 (so the scale runs 0–200) and a font size of 10, so that every rule's result is easy to check by hand.
  const small = figuresChart(
    [fig('half', 50, true), fig('whole', 100, false)],
    [fig('long', 123_456, false, '个', '一二三四五六七八九十一二'), fig('short', 7, true, '次', '短标签')],
    { words, width: 201, fontSize: 10 },
  );

  it('sets the heading, the rows (34 apart) and the bars (11 high, 16 below the row’s top), on a scale of 2 units a person', () => {
    expect(small.peopleHeading.y).toBe(10);
    expect(small.axis.top).toBe(19); // 10 + round(9)
    expect(small.axis.ticks.map((t) => [t.value, t.x])).toEqual([
      [0, 0],
      [50, 100],
      [100, 200],
    ]);
    expect(small.bars.map((b) => [b.figure.id, b.labelY, b.y, b.width, b.height])).toEqual([
      ['whole', 29, 35, 200, 11],
      ['half', 63, 69, 100, 11],
    ]);
    expect(small.bars[1]!.tail).toEqual({ x1: 100, x2: 114, y: 74.5 });
    expect(small.axis.bands).toEqual([
      { y1: 33, y2: 48 },
      { y1: 67, y2: 82 },
    ]);
  });

  it('puts the tick labels 15 below the grid’s foot, and the legend 18 below them', () => {
    expect(small.axis.bottom).toBe(78); // 19 + 2 × 34 − 9
    expect(small.axis.labelY).toBe(93);
    expect(small.legend).toEqual({ y: 111, sample: { x1: 0, x2: 28 }, textX: 33, text: words.legend });
  });

  it('starts the callouts’ labels after the widest numeral and centres numeral and lines in each box', () => {
    expect(small.apartHeading?.y).toBe(137); // 111 + round(26)
    // 123456 is 6 × 0.56 em; at 1.45 × 18 (the numeral's size) and 16 of margin: 103.7, rounded.
    expect(small.callouts.map((c) => c.labelX)).toEqual([104, 104]);
    const [long, short] = small.callouts;
    expect([long!.y, long!.height, long!.numeralY]).toEqual([146, 44, 174.3]);
    expect(long!.lines).toEqual([
      { text: '一二三四五六', y: 164.5 },
      { text: '七八九十一二', y: 178.5 },
    ]);
    // One line: the box keeps the numeral's height, 2 × 18.
    expect([short!.y, short!.height, short!.numeralY]).toEqual([196, 36, 220.3]);
    expect(short!.lines).toEqual([{ text: '短标签', y: 217.5 }]);
    expect(small.height).toBe(237); // 196 + 36, then half a line below
  });

  it('wraps a callout’s label at 0.8 em in from the right edge: 8.9 ems here, (201 − 104 − 8) / 10', () => {
    const edge = figuresChart(
      [fig('a', 1, false)],
      [fig('fits', 123_456, false, '个', '一二三四五六七八9'), fig('wraps', 7, false, '次', '一二三四五六七八九十')],
      { words, width: 201, fontSize: 10 },
    );
    // 8 ems and a digit (0.56 em) fit in 8.9; ten characters do not.
    expect(edge.callouts.map((c) => c.lines.map((l) => l.text))).toEqual([['一二三四五六七八9'], ['一二三四五', '六七八九十']]);
  });

  it('starts the label at 9 ems when the numerals are narrow', () => {
    const narrow = figuresChart([fig('a', 1, false)], [fig('b', 7, false, '个', '标签')], { words, width: 201, fontSize: 10 });
    expect(narrow.callouts[0]!.labelX).toBe(90);
  });

  it('adds a tick for a “余” tail only when it would pass the edge, and whatever the other bars are', () => {
    // 93 is drawn to 186; its tail ends at 200, on the edge: no tick added.
    const edge = figuresChart([fig('a', 100, false), fig('b', 93, true)], [], { words, width: 201, fontSize: 10 });
    expect(edge.axis.ticks.map((t) => t.value)).toEqual([0, 50, 100]);
    const over = figuresChart([fig('a', 100, true), fig('b', 50, false)], [], { words, width: 201, fontSize: 10 });
    expect(over.axis.ticks.map((t) => t.value)).toEqual([0, 50, 100, 150]);
  });

  it('writes Chinese tick labels without separators', () => {
    expect(figuresChart([fig('a', 3717, false)], [], { words }).axis.ticks.map((t) => t.label)).toEqual([
      '0',
      '1000',
      '2000',
      '3000',
      '4000',
    ]);
  });

  it('lets a label and its value fill the line exactly, but not one em more', () => {
    const fits = { ...words, figure: '{unit}' };
    // 15 + 4 characters and an em of space: 20 ems of 10 in a width of 200.
    expect(() =>
      figuresChart([fig('a', 1, false, '一二三四', '一二三四五六七八九十一二三四五')], [], { words: fits, width: 200, fontSize: 10 }),
    ).not.toThrow();
    expect(() =>
      figuresChart([fig('a', 1, false, '一二三四五', '一二三四五六七八九十一二三四五')], [], { words: fits, width: 200, fontSize: 10 }),
    ).toThrow('一二三四五六七八九十一二三四五');
  });
});

describe('wrapText at its limits', () => {
  it('keeps text that fills the width exactly on one line, and breaks exactly at the width', () => {
    expect(wrapText('一二三四', 4)).toEqual(['一二三四']);
    expect(wrapText('一二三四五六', 3)).toEqual(['一二三', '四五六']);
  });

  it('aims each later line at an even share of what is left', () => {
    expect(wrapText('一二三四五六七八九', 3)).toEqual(['一二三', '四五六', '七八九']);
  });

  it('never lets a line pass the width, even for a break after a comma', () => {
    const lines = wrapText('一二三四，五六七', 4);
    expect(lines.join('')).toBe('一二三四，五六七');
    for (const line of lines) expect(textEms(line)).toBeLessThanOrEqual(4);
  });

  it('takes the first of two equally good breaks', () => {
    // Five ems in two lines: a break after 2 and after 3 are equally far from 2.5.
    expect(wrapText('一二三四五', 3)).toEqual(['一二', '三四五']);
  });

  it('where no break is allowed within the width, breaks at the width', () => {
    expect(wrapText('一，，，，，，，，，', 4)).toEqual(['一，，，', '，，，，', '，，']);
  });

  it('counts a character from U+2000 on as a full em', () => {
    expect(textEms('\u2000')).toBe(1);
    expect(textEms('\u1fff')).toBe(0.56);
  });
});

describe('wrapWords and the description at their limits', () => {
  it('gives no line for empty text', () => {
    expect(wrapWords('', 10)).toEqual([]);
    expect(wrapWords('   ', 10)).toEqual([]);
  });

  it('says nothing of figures apart when there are none', () => {
    expect(chartDescription([fig('a', 637, false, '名', '市级干部')], [], words)).toBe(
      '横条图，文中的人数画在同一标尺上：市级干部637名。“余”表示实数多于此数。',
    );
  });
});
