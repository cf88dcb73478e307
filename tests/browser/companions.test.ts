import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sidewaysOverflow } from '../../scripts/harness/browser.ts';
import { useBrowserSession } from '../support/session.ts';
import { pageAt } from '../../scripts/harness/server.ts';

const COMPANION_PATHS = ['figures/', 'timeline/', 'glossary/', 'people-places/'];

const session = useBrowserSession();

const { open } = session;

const opacity = (page: Page, name: string) =>
  page.getByRole('link', { name, exact: true }).evaluate((el) => Number(getComputedStyle(el).opacity));

describe('companion pages in Chromium', () => {
  it.each(COMPANION_PATHS.map((p) => [p] as const))('%s loads with no console error and no request outside the site', async (path) => {
    const context = await session.browser.newContext();
    const { page, response, errors, outside } = await open(context, path);
    await page.waitForLoadState('networkidle');
    expect(response?.status()).toBe(200);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
    // The companions are in the header's menu, a <details> that opens with no script.
    await page.locator('.site-menu summary').click();
    await expect(page.getByRole('navigation', { name: '读者助手' }).getByRole('link').allTextContents()).resolves.toEqual([
      '数字一览',
      '时间线',
      '名词解释',
      '人物与地点',
      '关于本版',
    ]);
    await context.close();
  });

  it.each([320, 375])('at %i px wide nothing on a companion page scrolls sideways', async (width) => {
    const context = await session.browser.newContext({ viewport: { width, height: 740 } });
    for (const path of [...COMPANION_PATHS, '']) {
      const { page } = await open(context, path);
      const overflow = await sidewaysOverflow(page);
      expect(overflow, `${path || '(home)'} at ${width}px`).toBe(0);
      await page.close();
    }
    await context.close();
  });

  it('the chart is one image named by its title, fits a phone, and its data table links each figure to its paragraph', async () => {
    const context = await session.browser.newContext({ viewport: { width: 320, height: 740 } });
    const { page } = await open(context, 'figures/');
    const chart = page.getByRole('img', { name: '文中的数字：人数与其他统计' });
    await expect(chart.isVisible()).resolves.toBe(true);
    const box = await chart.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(320);
    expect(box!.width).toBeGreaterThan(250);
    // Readable on a 320 px phone: the chart's text is drawn at 10 px or more.
    const fontPx = await chart.evaluate((svg) => {
      const text = svg.querySelector('text')!;
      return text.getBoundingClientRect().height;
    });
    expect(fontPx).toBeGreaterThanOrEqual(10);
    await expect(chart.locator('a').count()).resolves.toBe(0);
    await page.locator('tr[data-figure="sunk-cadres-3717"] a').first().click();
    await page.waitForURL(pageAt(session.site.url, 'vanguard/#vanguard-4'));
    await context.close();
  });

  it('draws the chart in the page’s colours, light and dark', async () => {
    const fills: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await session.browser.newContext({ colorScheme });
      const { page } = await open(context, 'figures/');
      const [bar, text, paper] = await page.evaluate(() => {
        const rect = document.querySelector('svg[data-chart] rect[data-bar]')!;
        const label = document.querySelector('svg[data-chart] text')!;
        return [getComputedStyle(rect).fill, getComputedStyle(label).fill, getComputedStyle(document.documentElement).backgroundColor];
      });
      expect(text).not.toBe(paper);
      fills.push(`${bar} ${text}`);
      await context.close();
    }
    expect(fills[0]).not.toBe(fills[1]);
  });

  it('a paragraph’s ¶ link is reached by keyboard, shows when focused, and points the address at the paragraph', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page } = await open(context, 'vanguard/');
    const name = '第二部分第4段的链接';
    // A desktop browser can hover, so the ¶ stays hidden until the paragraph is hovered or the link focused.
    await expect(page.evaluate(() => matchMedia('(hover: hover)').matches)).resolves.toBe(true);
    expect(await opacity(page, name)).toBe(0);
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((label) => document.activeElement?.getAttribute('aria-label') === label, name);
    }
    expect(reached, `Tab never reached “${name}”`).toBe(true);
    expect(await opacity(page, name)).toBe(1);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${session.site.url}vanguard/#vanguard-4`);
    await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe('vanguard-4');
    // Hovering another paragraph shows its ¶ too.
    expect(await opacity(page, '第二部分第2段的链接')).toBe(0);
    await page.locator('#vanguard-2').hover();
    expect(await opacity(page, '第二部分第2段的链接')).toBe(1);
    await context.close();
  });

  it('on a touch screen, with no hover, every ¶ is shown', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const { page } = await open(context, 'organizing/');
    await expect(page.evaluate(() => matchMedia('(hover: none)').matches)).resolves.toBe(true);
    expect(await opacity(page, '第一部分第1段的链接')).toBe(1);
    await context.close();
  });

  it('a glossary term in the text opens its definition, whose link leads to the entry, which the page highlights', async () => {
    const context = await session.browser.newContext();
    const { page } = await open(context, 'vanguard/');
    const term = page.locator('#vanguard-1').getByRole('button', { name: '下沉干部' });
    await expect(term.count()).resolves.toBe(1);
    await term.click();
    await page.locator('#g-xiachen-ganbu').getByRole('link', { name: '查看名词解释' }).click();
    await page.waitForURL(pageAt(session.site.url, 'glossary/#xiachen-ganbu'));
    const entry = page.locator('#xiachen-ganbu');
    await expect(entry.isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe('xiachen-ganbu');
    await expect(entry.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.not.toBe('rgba(0, 0, 0, 0)');
    await entry.getByRole('link', { name: '第二部分第1段' }).click();
    await page.waitForURL(pageAt(session.site.url, 'vanguard/#vanguard-1'));
    await context.close();
  });

  it('the who-and-where index links each name to the paragraphs that name it', async () => {
    const context = await session.browser.newContext();
    const { page } = await open(context, 'people-places/');
    const entry = page.locator('#yin-zhonglong');
    await expect(entry.getByRole('heading', { level: 3, name: '殷忠龙' }).isVisible()).resolves.toBe(true);
    await entry.getByRole('link', { name: '第三部分第5段' }).click();
    await page.waitForURL(pageAt(session.site.url, 'contributions/#contributions-5'));
    await expect(page.locator('#contributions-5').textContent()).resolves.toContain('殷忠龙');
    await context.close();
  });
});
