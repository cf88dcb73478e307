import { format } from '../text/template.ts';
import { NO_LINE_END, NO_LINE_START } from '../text/line-breaking.ts';

/** A figure of the ledger as the chart needs it. */
export interface ChartFigure {
  id: string;
  value: number;
  /** True for “余” (more than): the value is a lower bound. */
  approx: boolean;
  unit: string;
  label: string;
  paragraph: string;
}

/** A figure's numeral as the article writes it: `5300余`, `637`, `3万余`; “余” is never dropped. In English: `5,300+`, `637`, `30,000+`. */
export function figureNumeral(value: number, approx: boolean, lang: ChartLang = 'zh-CN'): string {
  if (lang === 'en') return `${value.toLocaleString('en-US')}${approx ? '+' : ''}`;
  const numeral = value >= 10_000 && value % 10_000 === 0 ? `${value / 10_000}万` : String(value);
  return approx ? `${numeral}余` : numeral;
}

/** The chart's languages. */
export type ChartLang = 'zh-CN' | 'en';

/**
 * The words the chart draws besides the data, given by the caller in the chart's language (the site's come from
 * src/i18n): its title, headings and legend; `figure` a numeral with its unit (`{numeral}{unit}`); `item` one figure
 * in the description (`{label}{figure}`), items joined by `join`; the description, with `descriptionApart` in its
 * `{apart}` when figures stand apart.
 */
export interface ChartWords {
  title: string;
  peopleHeading: string;
  apartHeading: string;
  legend: string;
  figure: string;
  item: string;
  join: string;
  description: string;
  descriptionApart: string;
}

/** Breaks English text at spaces into as few lines as fit in `maxEms` ems. */
export function wrapWords(text: string, maxEms: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textEms(candidate) > maxEms) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Evenly spaced axis ticks from 0 with a round step (1, 2 or 5 × 10ⁿ), the last at or above `max`, at most `maxTicks` steps. */
export function niceTicks(max: number, maxTicks = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / maxTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s * maxTicks >= max) ?? 10 * power;
  const count = Math.ceil(max / step);
  return Array.from({ length: count + 1 }, (_, i) => i * step);
}

/** How wide a string sets, in ems: Han characters and full-width marks one em, Latin letters and digits about half. */
export function textEms(text: string): number {
  return Array.from(text).reduce((sum, char) => sum + ((char.codePointAt(0) ?? 0) < 0x2000 ? 0.56 : 1), 0);
}

const GOOD_BREAK = new Set('，。、；：？！）”');

/**
 * Breaks Chinese text into as few lines as fit in `maxEms` ems, of about equal length, preferring to break after
 * 、，。 and the like, never starting a line with a closing mark or ending one with an opening mark.
 */
export function wrapText(text: string, maxEms: number): string[] {
  const chars = Array.from(text);
  const ems = (from: number, to: number) => textEms(chars.slice(from, to).join(''));
  const lines: string[] = [];
  let count = Math.max(1, Math.ceil(ems(0, chars.length) / maxEms));
  let start = 0;
  while (start < chars.length) {
    if (ems(start, chars.length) <= maxEms) {
      lines.push(chars.slice(start).join(''));
      break;
    }
    const target = ems(start, chars.length) / count;
    let best = -1;
    let bestCost = Infinity;
    for (let end = start + 1; end < chars.length && ems(start, end) <= maxEms; end++) {
      const next = chars[end] ?? '';
      const last = chars[end - 1] ?? '';
      if (NO_LINE_START.has(next) || NO_LINE_END.has(last)) continue;
      const cost = (ems(start, end) - target) ** 2 - (GOOD_BREAK.has(last) ? 4 : 0);
      if (cost < bestCost) {
        bestCost = cost;
        best = end;
      }
    }
    // Nowhere legal to break within the width: break at the width and let the marks fall where they must.
    if (best === -1) {
      best = start + 1;
      while (best < chars.length && ems(start, best + 1) <= maxEms) best++;
    }
    lines.push(chars.slice(start, best).join(''));
    start = best;
    count = Math.max(1, count - 1);
  }
  return lines;
}

/** A bar of the people chart, in SVG user units. */
export interface Bar {
  figure: ChartFigure;
  /** The numeral with its unit, e.g. `5300余名`. */
  text: string;
  /** Baseline of the label and value line above the bar. */
  labelY: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** For “余”: a dashed stroke beyond the bar's end, saying “and more”. */
  tail: { x1: number; x2: number; y: number } | null;
}

/** A figure shown apart from the bars, with its own unit. */
export interface Callout {
  figure: ChartFigure;
  numeral: string;
  x: number;
  y: number;
  width: number;
  height: number;
  numeralY: number;
  /** The unit set small after the numeral (Chinese: 人次); in English it leads the label instead, as it would not fit there. */
  unitAfterNumeral: boolean;
  labelX: number;
  /** Label lines with their baselines. */
  lines: { text: string; y: number }[];
}

/** Everything the figures chart draws, computed from the data; the component only renders it. */
export interface ChartLayout {
  width: number;
  height: number;
  fontSize: number;
  peopleHeading: { text: string; y: number };
  bars: Bar[];
  /**
   * The common scale: x of 0 and of the top tick, ticks with labels, and the vertical extent of the grid. Each tick's
   * gridline is drawn only in `bands`, the strips the bars stand in, so no gridline crosses a label or a value.
   */
  axis: {
    x0: number;
    x1: number;
    ticks: { value: number; x: number; label: string }[];
    bands: { y1: number; y2: number }[];
    top: number;
    bottom: number;
    labelY: number;
  };
  legend: { y: number; sample: { x1: number; x2: number }; textX: number; text: string } | null;
  apartHeading: { text: string; y: number } | null;
  callouts: Callout[];
}

/** Layout options; the defaults suit a 320-unit-wide SVG that is shown 280–420 px wide. */
export interface ChartOptions {
  /** The chart's words, in its language. */
  words: ChartWords;
  width?: number;
  fontSize?: number;
  /** Heading above the bars. */
  peopleHeading?: string;
  /** Heading above the figures shown apart. */
  apartHeading?: string;
  /** The language of the chart's words and numerals. */
  lang?: ChartLang;
}

/** One drawing of the chart: its variant's name, and the width and font size it is laid out at, in SVG user units. */
export interface ChartSize {
  variant: 'narrow' | 'wide';
  width: number;
  fontSize: number;
}

/**
 * The chart's two drawings: `narrow` for phones (a 280–440 px column), `wide` for wider columns, laid out at the
 * desktop column's width (36 Han characters, or 34 rem in English), so that on a desktop it fills the column at one
 * unit a pixel, its text at 15 px.
 */
export function chartSizes(lang: ChartLang): ChartSize[] {
  return [
    { variant: 'narrow', width: 320, fontSize: 13 },
    { variant: 'wide', width: lang === 'en' ? 544 : 576, fontSize: 15 },
  ];
}

const TAIL = 14;

/**
 * Lays out the figures chart: `people` as bars on one linear scale from 0, largest first, each with its label
 * and value above it; “余” values get a dashed tail; `apart` (other units) as separate callouts below.
 */
export function figuresChart(people: readonly ChartFigure[], apart: readonly ChartFigure[], options: ChartOptions): ChartLayout {
  const width = options.width ?? 320;
  const fontSize = options.fontSize ?? 13;
  const lang = options.lang ?? 'zh-CN';
  const { words } = options;
  const numeral = (figure: ChartFigure) => figureNumeral(figure.value, figure.approx, lang);
  const rowHeight = Math.round(fontSize * 3.4);
  const barHeight = Math.round(fontSize * 1.1);
  const sorted = [...people].sort((a, b) => b.value - a.value);

  let y = fontSize;
  const peopleHeading = { text: options.peopleHeading ?? words.peopleHeading, y };
  y += Math.round(fontSize * 0.9);

  const max = Math.max(0, ...sorted.map((f) => f.value));
  let ticks = niceTicks(max);
  let scaleMax = ticks.at(-1) ?? 1;
  const x0 = 0;
  const x1 = width - 1;
  const scale = (value: number) => x0 + (value / scaleMax) * (x1 - x0);
  // A “余” tail must not run off the chart: add a step if a bar ends too near the edge.
  if (sorted.some((f) => f.approx && scale(f.value) + TAIL > x1)) {
    scaleMax += ticks[1] ?? 1;
    ticks = [...ticks, scaleMax];
  }

  const top = y;
  const bars: Bar[] = sorted.map((figure, index) => {
    const rowTop = top + index * rowHeight;
    const barY = rowTop + Math.round(fontSize * 1.6);
    const end = scale(figure.value);
    const text = format(words.figure, { numeral: numeral(figure), unit: figure.unit });
    // The label and the value share a line: a label too long for it would run into the value.
    if ((textEms(figure.label) + textEms(text) + 1) * fontSize > width) {
      throw new Error(`figures chart: the label “${figure.label}” of ${figure.id} is too long to stand beside “${text}”; shorten it`);
    }
    return {
      figure,
      text,
      labelY: rowTop + fontSize,
      x: x0,
      y: barY,
      width: end - x0,
      height: barHeight,
      tail: figure.approx ? { x1: end, x2: end + TAIL, y: barY + barHeight / 2 } : null,
    };
  });
  const bottom = top + sorted.length * rowHeight - Math.round(fontSize * 0.9);
  const labelY = bottom + Math.round(fontSize * 1.5);
  const axis = {
    x0,
    x1,
    ticks: ticks.map((value) => ({ value, x: scale(value), label: lang === 'en' ? value.toLocaleString('en-US') : String(value) })),
    bands: gridBands(bars, fontSize),
    top,
    bottom,
    labelY,
  };
  y = labelY;

  let legend: ChartLayout['legend'] = null;
  if (sorted.some((f) => f.approx)) {
    y += Math.round(fontSize * 1.8);
    legend = { y, sample: { x1: 0, x2: TAIL * 2 }, textX: TAIL * 2 + fontSize * 0.5, text: words.legend };
  }

  let apartHeading: ChartLayout['apartHeading'] = null;
  const callouts: Callout[] = [];
  if (apart.length > 0) {
    y += Math.round(fontSize * 2.6);
    apartHeading = { text: options.apartHeading ?? words.apartHeading, y };
    y += Math.round(fontSize * 0.9);
    const bigSize = fontSize * 1.8;
    // The label starts after the widest numeral, and never before 9 ems. Bold digits in a sans face set about 1.4 times
    // as wide as textEms reckons for Latin text (0.56 em), so the numeral's width is taken at that.
    const widest = Math.max(0, ...apart.map((figure) => textEms(numeral(figure))));
    const labelX = Math.round(Math.max(fontSize * 9, fontSize * 1.6 + widest * 1.45 * bigSize));
    const labelEms = (width - labelX - fontSize * 0.8) / fontSize;
    const lineHeight = Math.round(fontSize * 1.4);
    for (const figure of apart) {
      const lines = lang === 'en' ? wrapWords(`${figure.unit}: ${figure.label}`, labelEms) : wrapText(figure.label, labelEms);
      const height = Math.max(Math.round(bigSize * 2), lines.length * lineHeight + fontSize * 1.6);
      const boxTop = y;
      const middle = boxTop + height / 2;
      const firstBaseline = middle - ((lines.length - 1) * lineHeight) / 2 + fontSize * 0.35;
      callouts.push({
        figure,
        numeral: numeral(figure),
        unitAfterNumeral: lang !== 'en',
        x: 0.5,
        y: boxTop,
        width: width - 1,
        height,
        numeralY: middle + bigSize * 0.35,
        labelX,
        lines: lines.map((text, i) => ({ text, y: firstBaseline + i * lineHeight })),
      });
      y += height + Math.round(fontSize * 0.6);
    }
    y -= Math.round(fontSize * 0.6);
  }

  return { width, height: Math.ceil(y + fontSize * 0.5), fontSize, peopleHeading, bars, axis, legend, apartHeading, callouts };
}

/** The strips the gridlines are drawn in: each bar's height and a little more, never reaching the label line above it. */
export function gridBands(bars: readonly Pick<Bar, 'y' | 'height'>[], fontSize: number): { y1: number; y2: number }[] {
  const margin = Math.round(fontSize * 0.15);
  return bars.map((bar) => ({ y1: bar.y - margin, y2: bar.y + bar.height + margin }));
}

/** The chart said in `words`, for the SVG's `<desc>`: every figure with its numeral, unit and label. */
export function chartDescription(
  people: readonly ChartFigure[],
  apart: readonly ChartFigure[],
  words: ChartWords,
  lang: ChartLang = 'zh-CN',
): string {
  const say = (f: ChartFigure) =>
    format(words.item, { label: f.label, figure: format(words.figure, { numeral: figureNumeral(f.value, f.approx, lang), unit: f.unit }) });
  const sorted = [...people].sort((a, b) => b.value - a.value);
  const others = apart.map(say).join(words.join);
  return format(words.description, {
    bars: sorted.map(say).join(words.join),
    apart: others ? format(words.descriptionApart, { apart: others }) : '',
  });
}
