import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from '../support/session.ts';

// The figures chart as readers see it: the drawing that fits the column, on the figures pages and the home panel.
const PAGES = ['figures/', 'en/figures/', ''];

const session = useBrowserSession();

/** A box in CSS pixels. */
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The visible chart's gridlines and texts (labels, values, tick labels, headings), as boxes; the chart's and its column's widths. */
function chartGeometry(page: Page) {
  return page.evaluate(() => {
    const svg = Array.from(document.querySelectorAll<SVGSVGElement>('svg[data-chart]')).find((s) => s.getBoundingClientRect().width > 0);
    if (!svg) throw new Error('no visible chart on the page');
    const box = (element: Element) => {
      const r = element.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const column = svg.parentElement!.closest('.measure, section')!;
    const style = getComputedStyle(column);
    return {
      variant: svg.dataset['variant'],
      width: svg.getBoundingClientRect().width,
      column: column.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
      grid: Array.from(svg.querySelectorAll('line[data-grid]'), box),
      texts: Array.from(svg.querySelectorAll('text'), (text) => ({ text: text.textContent!.trim(), ...box(text) })).filter((t) => t.text),
    };
  });
}

const crosses = (line: Box, text: Box) =>
  line.left < text.right && line.right > text.left && line.top < text.bottom && line.bottom > text.top;

/** WCAG relative luminance of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
/** Hue (degrees) and saturation (0–1) of a computed `rgb(…)` colour. */
function hueSaturation(rgb: string): { hue: number; saturation: number; lightness: number } {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const d = max - min;
  const saturation = d === 0 ? 0 : d / (1 - Math.abs(2 * lightness - 1));
  let hue = d === 0 ? 0 : max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  hue = (hue * 60 + 360) % 360;
  return { hue, saturation, lightness };
}

describe('the figures chart', () => {
  it.each([320, 375, 1280])('at %i px no gridline crosses a label, a value or a tick label', async (width) => {
    const context = await session.browser.newContext({ viewport: { width, height: 900 } });
    for (const path of PAGES) {
      const { page } = await session.open(context, path);
      const geometry = await chartGeometry(page);
      expect(geometry.grid.length, `${path || '(home)'}: no gridlines drawn`).toBeGreaterThan(0);
      const crossed = geometry.texts.filter((text) => geometry.grid.some((line) => crosses(line, text))).map((t) => t.text);
      expect(crossed, `${path || '(home)'} at ${width}px (${geometry.variant}): gridlines cross these texts`).toEqual([]);
      await page.close();
    }
    await context.close();
  });

  it('at 1280 px fills at least 95% of its column, and on a phone all of it', async () => {
    for (const width of [375, 1280]) {
      const context = await session.browser.newContext({ viewport: { width, height: 900 } });
      for (const path of PAGES) {
        const { page } = await session.open(context, path);
        const { width: chart, column, variant } = await chartGeometry(page);
        expect(chart / column, `${path || '(home)'} at ${width}px: chart ${chart}px of a ${column}px column`).toBeGreaterThanOrEqual(0.95);
        expect(variant).toBe(width < 480 ? 'narrow' : 'wide');
        await page.close();
      }
      await context.close();
    }
  });

  it('keeps the flag red in dark mode, with AA contrast for its bars (3:1) and its numerals (4.5:1)', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await session.browser.newContext({ viewport: { width: 375, height: 900 }, colorScheme });
      const { page } = await session.open(context, 'figures/');
      const colours = await page.evaluate(() => {
        const svg = document.querySelector('svg[data-chart][data-variant="narrow"]')!;
        const fill = (selector: string) => getComputedStyle(svg.querySelector(selector)!).fill;
        return {
          bar: fill('rect[data-bar]'),
          numeral: fill('g[data-figure] rect:not([data-bar]) ~ text[data-numeral]'),
          callout: fill('g[data-figure] rect:not([data-bar])'),
          paper: getComputedStyle(document.documentElement).backgroundColor,
        };
      });
      const bar = hueSaturation(colours.bar);
      expect(bar.hue < 10 || bar.hue > 350, `${colorScheme}: the bars' ${colours.bar} is not red`).toBe(true);
      expect(bar.saturation, `${colorScheme}: the bars' ${colours.bar} is washed out`).toBeGreaterThanOrEqual(0.6);
      expect(bar.lightness, `${colorScheme}: the bars' ${colours.bar} is pink, not red`).toBeLessThanOrEqual(0.65);
      expect(contrast(colours.bar, colours.paper), `${colorScheme}: bars against the paper`).toBeGreaterThanOrEqual(3);
      expect(contrast(colours.numeral, colours.callout), `${colorScheme}: numerals against their box`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colours.numeral, colours.paper), `${colorScheme}: numerals against the paper`).toBeGreaterThanOrEqual(4.5);
      await context.close();
    }
  });
});
