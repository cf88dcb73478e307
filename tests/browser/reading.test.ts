import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONTENT } from '@/lib/content/layout.ts';
import { axeViolations } from '../support/axe.ts';
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

/** A line that starts with closing punctuation or ends with opening punctuation (CLREQ's line-start and line-end rules). */
const breaksPunctuationRules = (line: { text: string }) => /^[”’）》」』】，。、；：！？…]|[“‘（《「『【]$/u.test(line.text);

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
    expect(lines.filter(breaksPunctuationRules), 'lines that start with closing or end with opening punctuation').toEqual([]);
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
    const paragraphs = await page.locator('.article-text p').count();
    expect(paragraphs, 'the full text’s paragraphs').toBeGreaterThanOrEqual(19);
    expect(lines.length, 'the full text was laid out, most paragraphs on several lines').toBeGreaterThan(2 * paragraphs);
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

/** The first glossary term of /vanguard/ and its definitions, as the glossary files give them. */
const zhGlossary = parse(readFileSync(CONTENT.glossary, 'utf8')) as { id: string; term: string; definition: string }[];
const enGlossary = parse(readFileSync(CONTENT.en.glossary, 'utf8')) as { id: string; definition: string }[];
const FIRST_TERM = 'xiachen-ganbu';
const PHONE = { width: 375, height: 740 };

async function openPhone(colorScheme: 'light' | 'dark', path: string) {
  const context = await session.browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, colorScheme, bypassCSP: true });
  const { page } = await session.open(context, path);
  return { page, context };
}

const isOpen = (page: Page, id: string) => page.evaluate((pid) => document.getElementById(pid)?.matches(':popover-open') ?? false, id);

describe('glossary in place: a term opens its definition beside it, with no script', () => {
  it.each([
    ['vanguard/', `g-${FIRST_TERM}`, zhGlossary.find((e) => e.id === FIRST_TERM)!.definition, 'light'],
    ['vanguard/', `g-${FIRST_TERM}`, zhGlossary.find((e) => e.id === FIRST_TERM)!.definition, 'dark'],
    ['en/vanguard/', `g-en-${FIRST_TERM}`, enGlossary.find((e) => e.id === FIRST_TERM)!.definition, 'light'],
  ] as const)(
    'on /%s at 375 px: a tap opens it under the term, a second tap or a tap elsewhere closes it (%s, %s)',
    async (path, id, definition, scheme) => {
      const { page, context } = await openPhone(scheme as 'light' | 'dark', path);
      const term = page.locator(`.article-text [popovertarget="${id}"]`);
      const popover = page.locator(`#${id}`);
      expect(await term.count(), 'the first use of the term is a button').toBe(1);
      expect(await page.locator('.article-text [title]').count(), 'no definition is left in a title tooltip').toBe(0);
      expect(await popover.isVisible()).toBe(false);

      await term.tap();
      await expect.poll(() => isOpen(page, id), { message: 'the tap opened the definition', timeout: 10_000 }).toBe(true);
      expect((await popover.textContent())?.startsWith(definition)).toBe(true);
      const link = popover.locator('a');
      expect(await link.getAttribute('href')).toMatch(new RegExp(`glossary/index\\.html#${FIRST_TERM}$`));
      const [termBox, popoverBox] = [(await term.boundingBox())!, (await popover.boundingBox())!];
      // Under the term, or above it where the screen has no room below: beside it either way, never over it.
      const gap = Math.max(popoverBox.y - (termBox.y + termBox.height), termBox.y - (popoverBox.y + popoverBox.height));
      expect(gap, 'the definition opens right beside the term').toBeGreaterThanOrEqual(-1);
      expect(gap).toBeLessThan(24);
      expect(popoverBox.x).toBeGreaterThanOrEqual(0);
      expect(popoverBox.x + popoverBox.width, 'inside the screen').toBeLessThanOrEqual(PHONE.width);
      expect((await link.boundingBox())!.height, 'the entry link is a full-size target').toBeGreaterThanOrEqual(44);
      // The button is the popover's invoker, which browsers announce as expanded or collapsed with the popover.
      expect(await term.evaluate((button) => (button as HTMLButtonElement).popoverTargetElement?.id)).toBe(id);
      expect(await axeViolations(page), 'axe with the popover open').toEqual([]);

      await term.tap();
      await expect.poll(() => isOpen(page, id), { message: 'a second tap closed it', timeout: 10_000 }).toBe(false);
      await term.tap();
      await expect.poll(() => isOpen(page, id), { timeout: 10_000 }).toBe(true);
      await page.touchscreen.tap(PHONE.width / 2, PHONE.height - 20);
      await expect.poll(() => isOpen(page, id), { message: 'a tap elsewhere closed it', timeout: 10_000 }).toBe(false);
      await context.close();
    },
  );

  it('by keyboard: Tab reaches the term with a visible focus ring, Enter opens, Tab goes into the definition, Esc closes', async () => {
    const { page, context } = await openPhone('light', 'vanguard/');
    const id = `g-${FIRST_TERM}`;
    let focused = '';
    for (let i = 0; i < 40 && focused !== id; i += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('popovertarget') ?? '');
    }
    expect(focused, 'Tab reached the first term').toBe(id);
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    await expect.poll(() => isOpen(page, id), { message: 'Enter opened the definition', timeout: 10_000 }).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[popover]')?.id), 'Tab went into the definition').toBe(id);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page, id), { message: 'Esc closed it', timeout: 10_000 }).toBe(false);
    await page.keyboard.press('Space');
    expect(await isOpen(page, id), 'focus went back to the term, which Space opens again').toBe(true);
    await context.close();
  });

  it('in print, no popover and no button chrome', async () => {
    const { page, context } = await openPhone('light', 'vanguard/');
    const id = `g-${FIRST_TERM}`;
    await page.locator(`[popovertarget="${id}"]`).tap();
    await expect.poll(() => isOpen(page, id), { timeout: 10_000 }).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(`#${id}`).isVisible()).toBe(false);
    const style = await page.locator(`[popovertarget="${id}"]`).evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(style).toBe('none');
    await context.close();
  });
});
