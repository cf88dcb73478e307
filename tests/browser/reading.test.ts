import { describe, expect, it } from 'vitest';
import { measureLines, splitTokens } from '../support/typesetting.ts';
import { useBrowserSession } from '../support/session.ts';

/** Reading on a phone and a desktop (issue 13): measured in Chromium at three widths, in light and dark. */
const WIDTHS = [320, 375, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
const VIEWS = WIDTHS.flatMap((width) => SCHEMES.map((colorScheme) => ({ width, colorScheme })));
const label = (v: { width: number; colorScheme: string }) => `${v.width} px, ${v.colorScheme}`;

/** The most a Han character may be widened: the eighth of an em that sets a figure or a Latin word off from Han (text-autospace). */
const MAX_EXTRA_EM = 0.13;

const session = useBrowserSession();

async function openAt(view: { width: number; colorScheme: 'light' | 'dark' }, path: string) {
  const context = await session.browser.newContext({ viewport: { width: view.width, height: 800 }, colorScheme: view.colorScheme });
  const { page } = await session.open(context, path);
  return { page, context };
}

describe('even lines: no body line is spread wider than its characters', () => {
  it.each(VIEWS.map((v) => [label(v), v] as const))('on /full/ and /parallel/ at %s', async (_name, view) => {
    const { page, context } = await openAt(view, 'full/');
    const lines = await measureLines(page, '.article-text p');
    expect(lines.length, 'the full text was laid out').toBeGreaterThan(80);
    const stretched = lines.filter((line) => line.widestGapEm > MAX_EXTRA_EM);
    expect(stretched, 'lines whose Han characters are spread apart').toEqual([]);
    await page.goto(`${session.site.url}parallel/`);
    const parallel = await measureLines(page, '[lang="zh-CN"] p, p[lang="zh-CN"]');
    expect(parallel.length).toBeGreaterThan(80);
    expect(parallel.filter((line) => line.widestGapEm > MAX_EXTRA_EM)).toEqual([]);
    await context.close();
  });

  it('in print (A4), the full text too', async () => {
    const { page, context } = await openAt({ width: 794, colorScheme: 'light' }, 'full/');
    await page.emulateMedia({ media: 'print' });
    const lines = await measureLines(page, '.article-text p');
    expect(lines.length, 'the full text was laid out').toBeGreaterThan(60);
    expect(lines.filter((line) => line.widestGapEm > MAX_EXTRA_EM)).toEqual([]);
    await context.close();
  });
});

/** Dates, figures with their units and names of the index (content/entities.yaml), as the text and the chrome print them. */
const TOKENS = [
  '2022年6月18日',
  '5月3日',
  '5月1日',
  '637名',
  '3717名',
  '2100余个',
  '3万余人次',
  '48小时',
  '常菁菁',
  '焦超超',
  '九棵树街道翠屏北里社区',
  '通州区司法局',
];
const TEXT = 'main p, main li, main dd, main dt, footer p, main h1, main h2';

describe('keep together: no date, figure with its unit or name is split across lines', () => {
  it.each(VIEWS.map((v) => [label(v), v] as const))(
    'on the home page, the sections, the full text and the parallel text at %s',
    async (_name, view) => {
      const { page, context } = await openAt(view, '');
      const split: string[] = [];
      for (const path of ['', 'organizing/', 'vanguard/', 'contributions/', 'full/', 'parallel/', 'timeline/']) {
        await page.goto(session.site.url + path);
        split.push(...(await splitTokens(page, TEXT, TOKENS)).map((s) => `/${path}: ${s}`));
      }
      expect(split).toEqual([]);
      await context.close();
    },
  );
});

describe('balanced headings and card titles: no line of one or two characters', () => {
  it.each(VIEWS.map((v) => [label(v), v] as const))('on the reading pages and the glossary at %s', async (_name, view) => {
    const { page, context } = await openAt(view, '');
    const orphans: string[] = [];
    for (const path of ['', 'organizing/', 'vanguard/', 'contributions/', 'full/', 'glossary/']) {
      await page.goto(session.site.url + path);
      const lines = await measureLines(page, 'h1, h2, h3, .text-balance, .text-pretty');
      const count = new Map<number, number>();
      for (const line of lines) count.set(line.block, (count.get(line.block) ?? 0) + 1);
      for (const line of lines) if (line.text.length <= 2 && (count.get(line.block) ?? 0) > 1) orphans.push(`/${path}: “${line.text}”`);
    }
    expect(orphans).toEqual([]);
    await context.close();
  });
});
