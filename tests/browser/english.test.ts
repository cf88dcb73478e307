import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TRANSLATED_SLUGS } from '@/i18n/routes.ts';
import { pageUrl } from '@/i18n/urls.ts';
import { sidewaysOverflow } from '../../scripts/harness/browser.ts';
import { useBrowserSession } from '../support/session.ts';
import { pageAt } from '../../scripts/harness/server.ts';

const EN_PATHS = [
  'en/',
  'en/organizing/',
  'en/vanguard/',
  'en/contributions/',
  'en/full/',
  'en/parallel/',
  'en/figures/',
  'en/timeline/',
  'en/glossary/',
  'en/people-places/',
  'en/about/',
];
const PARALLEL_PATHS = ['parallel/', 'en/parallel/'];

const session = useBrowserSession();

const { open } = session;

/** Root-relative page URL as a path under the test server. */
const served = (slug: string, lang: 'zh-CN' | 'en') => `${session.site.url}${pageUrl(slug, lang).slice(1)}`;
/** Where a link to that page leads: links name the page's file. */
const linked = (slug: string, lang: 'zh-CN' | 'en') => pageAt(session.site.url, pageUrl(slug, lang).slice(1));

/** The boxes of each parallel row's Chinese and English paragraphs. */
function rowBoxes(page: Page) {
  return page.locator('.parallel-row').evaluateAll((rows) =>
    rows.map((row) => {
      const box = (selector: string) => {
        const rect = row.querySelector(selector)!.getBoundingClientRect();
        return { top: rect.top, left: rect.left, right: rect.right };
      };
      return { id: row.id, zh: box('p[lang="zh-CN"]'), en: box('p[lang="en"]'), link: box('a') };
    }),
  );
}

describe('the English edition in Chromium', () => {
  it.each([...EN_PATHS, 'parallel/'].map((p) => [p] as const))(
    '%s loads with no console error and no request outside the site',
    async (path) => {
      const context = await session.browser.newContext();
      const { page, response, errors, outside } = await open(context, path);
      await page.waitForLoadState('networkidle');
      expect(response?.status()).toBe(200);
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
      await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(path.startsWith('en/') ? 'en' : 'zh-CN');
      await context.close();
    },
  );

  it('the language switcher keeps the reader on the same page, both ways, on every translated page', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    expect(TRANSLATED_SLUGS.length).toBeGreaterThan(5);
    for (const slug of TRANSLATED_SLUGS) {
      await page.goto(served(slug, 'zh-CN'));
      const chineseHeading = await page.getByRole('heading', { level: 1 }).textContent();
      const chineseTitle = await page.title();
      await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
      await page.waitForURL(linked(slug, 'en'));
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
      // The parallel page's h1 is the title in the page's language (the other stands beside it); its title and chrome change.
      await expect(page.title()).resolves.not.toBe(chineseTitle);
      // An English heading, with no Chinese in it.
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(
        slug === 'parallel' ? /[A-Z][a-z]+ [a-z]+/ : /^[^\p{Script=Han}]*\b[A-Z][a-z]+\b[^\p{Script=Han}]*$/u,
      );
      await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' }).click();
      await page.waitForURL(linked(slug, 'zh-CN'));
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(chineseHeading);
    }
    await context.close();
  });

  it('an English glossary term opens its definition, whose link leads to the English entry, which leads back to the paragraph and to the Chinese entry', async () => {
    const context = await session.browser.newContext();
    // Console errors and outside requests are checked page by page above; here navigations cut short the favicon's fetch.
    const { page } = await open(context, 'en/vanguard/');
    const term = page.locator('#vanguard-1').getByRole('button', { name: 'sunk-down cadres' });
    await expect(term.count()).resolves.toBe(1);
    await term.click();
    await page.locator('#g-en-xiachen-ganbu').getByRole('link', { name: 'See the glossary entry' }).click();
    await page.waitForURL(pageAt(session.site.url, 'en/glossary/#xiachen-ganbu'));
    const entry = page.locator('#xiachen-ganbu');
    await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe('xiachen-ganbu');
    await expect(entry.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.not.toBe('rgba(0, 0, 0, 0)');
    await expect(entry.textContent()).resolves.toContain('下沉干部');
    await entry.getByRole('link', { name: 'Part 2, paragraph 1' }).click();
    await page.waitForURL(pageAt(session.site.url, 'en/vanguard/#vanguard-1'));
    await page.goBack();
    await page.locator('#xiachen-ganbu').getByRole('link', { name: '中文释义' }).click();
    await page.waitForURL(pageAt(session.site.url, 'glossary/#xiachen-ganbu'));
    await expect(page.locator('#xiachen-ganbu').textContent()).resolves.toContain('下沉干部');
    await context.close();
  });

  it('the English who-and-where index leads from a name to the English paragraphs that name it', async () => {
    const context = await session.browser.newContext();
    const { page } = await open(context, 'en/people-places/');
    const entry = page.locator('#yin-zhonglong');
    await expect(entry.getByRole('heading', { level: 3, name: /^Yin Zhonglong/ }).isVisible()).resolves.toBe(true);
    await entry.getByRole('link', { name: 'Part 3, paragraph 5' }).click();
    await page.waitForURL(pageAt(session.site.url, 'en/contributions/#contributions-5'));
    await expect(page.locator('#contributions-5').textContent()).resolves.toContain('Yin Zhonglong');
    await context.close();
  });

  it('the language switcher keeps the reader on the paragraph or entry they came to', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 700 } });
    const { page } = await open(context, 'vanguard/#vanguard-4');
    await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL(pageAt(session.site.url, 'en/vanguard/#vanguard-4'));
    await expect(page.locator('#vanguard-4').evaluate((el) => Math.abs(el.getBoundingClientRect().top) < 100)).resolves.toBe(true);
    // A paragraph's ¶ link sets the fragment, which the switch then keeps.
    await page.locator('#vanguard-6').getByRole('link', { name: 'Link to Part 2, paragraph 6' }).click();
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' }).click();
    await page.waitForURL(pageAt(session.site.url, 'vanguard/#vanguard-6'));
    await page.goto(pageAt(session.site.url, 'en/glossary/#kakou'));
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' }).click();
    await page.waitForURL(pageAt(session.site.url, 'glossary/#kakou'));
    // With no fragment, the other page's top.
    await page.goto(pageAt(session.site.url, 'en/'));
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' }).click();
    await page.waitForURL(pageAt(session.site.url, ''));
    await context.close();
  });

  it('a paragraph link works in both languages with the same fragment', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
    for (const [lang, path] of [
      ['en', 'en/vanguard/#vanguard-4'],
      ['zh-CN', 'vanguard/#vanguard-4'],
      ['en', 'en/parallel/#vanguard-4'],
    ] as const) {
      const { page } = await open(context, path);
      const target = await page.evaluate(() => {
        const element = document.querySelector(':target');
        const top = element?.getBoundingClientRect().top ?? -1;
        return { id: element?.id, lang: element?.closest('[lang]')?.getAttribute('lang'), top, text: element?.textContent ?? '' };
      });
      expect(target.id, path).toBe('vanguard-4');
      expect(target.text, path).toContain('637');
      if (!path.includes('parallel')) expect(target.lang, path).toBe(lang);
      expect(target.top, `${path} scrolled to its paragraph`).toBeGreaterThanOrEqual(-1);
      expect(target.top, `${path} scrolled to its paragraph`).toBeLessThan(200);
      await page.close();
    }
    await context.close();
  });

  it.each(PARALLEL_PATHS.map((p) => [p] as const))('%s at 1280 px: each row’s paragraphs side by side, tops aligned', async (path) => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page } = await open(context, path);
    const rows = await rowBoxes(page);
    expect(rows).toHaveLength(19);
    for (const { id, zh, en, link } of rows) {
      expect(Math.abs(zh.top - en.top), `${id}: tops`).toBeLessThan(1);
      expect(zh.right, `${id}: Chinese left of English`).toBeLessThan(en.left);
      expect(link.right, `${id}: link in the gutter`).toBeLessThanOrEqual(zh.left);
    }
    const headings = await page
      .getByRole('heading', { level: 2 })
      .evaluateAll((h2s) => h2s.map((h2) => Array.from(h2.querySelectorAll('span'), (span) => span.getBoundingClientRect().top)));
    expect(headings.length).toBeGreaterThan(0);
    for (const [zhTop, enTop] of headings) expect(Math.abs(zhTop! - enTop!)).toBeLessThan(1);
    await context.close();
  });

  it.each(PARALLEL_PATHS.map((p) => [p] as const))('%s at 375 px: Chinese first, then English, in one column', async (path) => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
    const { page } = await open(context, path);
    const rows = await rowBoxes(page);
    expect(rows).toHaveLength(19);
    for (const { id, zh, en } of rows) {
      expect(zh.top, id).toBeLessThan(en.top);
      expect(Math.abs(zh.left - en.left), id).toBeLessThan(1);
    }
    await context.close();
  });

  it.each([320, 375])('at %i px wide nothing scrolls sideways, on any English or parallel page', async (width) => {
    const context = await session.browser.newContext({ viewport: { width, height: 740 } });
    for (const path of [...EN_PATHS, 'parallel/']) {
      const { page } = await open(context, path);
      const overflow = await sidewaysOverflow(page);
      expect(overflow, `${path} at ${width}px`).toBe(0);
      await page.close();
    }
    await context.close();
  });

  it('sets English at about 70 characters a line, hyphenated, in a Latin face with Chinese words in a Chinese one', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page } = await open(context, 'en/vanguard/');
    const paragraph = page.locator('#vanguard-4');
    const lines = await paragraph.evaluate((p) => {
      // Count the characters on each line box, from the position of every character.
      const counts: { middle: number; chars: number }[] = [];
      const range = document.createRange();
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < (node.textContent ?? '').length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          const middle = (rect.top + rect.bottom) / 2;
          const line = counts.find((c) => Math.abs(c.middle - middle) < 8);
          if (line) line.chars += 1;
          else counts.push({ middle, chars: 1 });
        }
      }
      return counts.map((c) => c.chars);
    });
    const full = lines.slice(0, -1);
    const average = full.reduce((a, b) => a + b, 0) / full.length;
    expect(full.length).toBeGreaterThanOrEqual(5);
    expect(average).toBeGreaterThanOrEqual(60);
    expect(average).toBeLessThanOrEqual(80);
    await expect(paragraph.evaluate((p) => getComputedStyle(p).hyphens)).resolves.toBe('auto');
    await expect(paragraph.evaluate((p) => getComputedStyle(p).fontFamily)).resolves.toMatch(/^"Iowan Old Style"/);
    await expect(
      page
        .locator('#vanguard-1 span[lang="zh-CN"]')
        .first()
        .evaluate((s) => getComputedStyle(s).fontFamily),
    ).resolves.toMatch(/^"Noto Serif CJK SC"/);
    await context.close();
  });

  it('never hyphenates Chinese, even among English', async () => {
    const context = await session.browser.newContext();
    const { page } = await open(context, 'en/parallel/');
    await expect(page.locator('#vanguard-4-zh').evaluate((p) => getComputedStyle(p).hyphens)).resolves.toBe('manual');
    await expect(page.locator('#vanguard-4-en').evaluate((p) => getComputedStyle(p).hyphens)).resolves.toBe('auto');
    await context.close();
  });

  it('follows the reader’s colour scheme, and its skip link leads to the text', async () => {
    const colours: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await session.browser.newContext({ colorScheme });
      const { page } = await open(context, 'en/');
      colours.push(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor));
      if (colorScheme === 'light') {
        await page.keyboard.press('Tab');
        await expect(page.getByRole('link', { name: 'Skip to the text' }).evaluate((el) => el === document.activeElement)).resolves.toBe(
          true,
        );
        await page.keyboard.press('Enter');
        await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
      }
      await context.close();
    }
    expect(colours[0]).not.toBe(colours[1]);
  });
});
