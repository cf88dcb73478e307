import { describe, expect, it } from 'vitest';
import { sidewaysOverflow } from '../../scripts/harness/browser.ts';
import { useBrowserSession } from '../support/session.ts';
import { pageAt } from '../../scripts/harness/server.ts';

const PAGE_PATHS = ['', 'organizing/', 'vanguard/', 'contributions/', 'full/', 'search/', 'about/'];

const session = useBrowserSession();

const { open } = session;

describe('in Chromium', () => {
  it.each(PAGE_PATHS.map((p) => [p || '(home)', p] as const))(
    '%s loads with no console error and no request outside the site',
    async (_name, path) => {
      const context = await session.browser.newContext();
      const { page, response, errors, outside } = await open(context, path);
      await page.waitForLoadState('networkidle');
      expect(response?.status()).toBe(200);
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
      await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
      await context.close();
    },
  );

  it('the 404 page answers an unknown address, styled, with working links', async () => {
    const context = await session.browser.newContext();
    const { page, response, errors } = await open(context, 'no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: '页面不存在' }).isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.styleSheets.length)).resolves.toBe(1);
    // Chromium reports the 404 status of the document itself; nothing else may fail.
    expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
    await page.getByRole('link', { name: '阅读全文' }).click();
    await page.waitForURL(pageAt(session.site.url, 'full/'));
    await context.close();
  });

  it('the table of contents reaches each section, and previous/next walk through them', async () => {
    const context = await session.browser.newContext();
    const { page } = await open(context, '');
    const toc = page.getByRole('navigation', { name: '目录' });
    await toc.getByRole('link', { name: '建组织、强堡垒，扛起疫情防控硬责任' }).click();
    await page.waitForURL(pageAt(session.site.url, 'organizing/'));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('建组织、强堡垒，扛起疫情防控硬责任');

    const pager = () => page.getByRole('navigation', { name: '上一节与下一节' });
    await pager()
      .getByRole('link', { name: /下一节/ })
      .click();
    await page.waitForURL(pageAt(session.site.url, 'vanguard/'));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('当先锋、作表率，筑牢疫情防控的坚强堡垒');

    await pager()
      .getByRole('link', { name: /下一节/ })
      .click();
    await page.waitForURL(pageAt(session.site.url, 'contributions/'));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('树形象、作贡献，绘就共克时艰同心圆');

    await pager()
      .getByRole('link', { name: /上一节/ })
      .click();
    await page.waitForURL(pageAt(session.site.url, 'vanguard/'));
    await pager()
      .getByRole('link', { name: /上一节/ })
      .click();
    await page.waitForURL(pageAt(session.site.url, 'organizing/'));
    await pager()
      .getByRole('link', { name: /上一节/ })
      .click();
    await page.waitForURL(pageAt(session.site.url, ''));

    await toc.getByRole('link', { name: /全文/ }).click();
    await page.waitForURL(pageAt(session.site.url, 'full/'));
    await expect(page.getByRole('heading', { level: 2 }).allTextContents()).resolves.toEqual(
      expect.arrayContaining([
        '建组织、强堡垒，扛起疫情防控硬责任',
        '当先锋、作表率，筑牢疫情防控的坚强堡垒',
        '树形象、作贡献，绘就共克时艰同心圆',
      ]),
    );
    await context.close();
  });

  it.each([320, 375])('at %i px wide nothing scrolls sideways, on any page', async (width) => {
    const context = await session.browser.newContext({ viewport: { width, height: 740 } });
    for (const path of [...PAGE_PATHS, '404.html']) {
      const { page } = await open(context, path);
      const overflow = await sidewaysOverflow(page);
      expect(overflow, `${path || '(home)'} at ${width}px`).toBe(0);
      await page.close();
    }
    await context.close();
  });

  it('keeps lines to about 40 Chinese characters on a wide screen', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const { page } = await open(context, 'vanguard/');
    const { width, fontSize } = await page.locator('#vanguard-4').evaluate((p) => ({
      width: p.getBoundingClientRect().width,
      fontSize: parseFloat(getComputedStyle(p).fontSize),
    }));
    expect(width / fontSize).toBeLessThanOrEqual(40);
    expect(width / fontSize).toBeGreaterThanOrEqual(28);
    const lineHeight = await page
      .locator('#vanguard-4')
      .evaluate((p) => parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize));
    expect(lineHeight).toBeGreaterThanOrEqual(1.75);
    expect(lineHeight).toBeLessThanOrEqual(2);
    await context.close();
  });

  it('follows the reader’s colour scheme', async () => {
    const colours: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await session.browser.newContext({ colorScheme });
      const { page } = await open(context, '');
      colours.push(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor));
      await context.close();
    }
    expect(colours[0]).not.toBe(colours[1]);
  });

  it('a corrected reading is marked, leads to its note giving the printed text, and the note leads back', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
    const { page } = await open(context, 'vanguard/');
    const mark = page.getByRole('link', { name: '全镇（勘误：原刊作“全鎮”）' });
    await expect(mark.textContent()).resolves.toBe('全镇');
    await expect(mark.evaluate((el) => getComputedStyle(el, '::after').content)).resolves.toBe('"校"');
    await mark.click();
    await page.waitForURL(`${session.site.url}vanguard/#erratum-vanguard-5-quanzhen`);
    const note = page.getByRole('complementary', { name: '勘误' }).getByRole('listitem');
    await expect(note.textContent()).resolves.toContain('原刊作“全鎮”，今作“全镇”。');
    const inView = await note.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    await note.getByRole('link', { name: '返回正文中的“全镇”' }).click();
    await page.waitForURL(`${session.site.url}vanguard/#erratum-vanguard-5-quanzhen-text`);
    await expect(mark.evaluate((el) => el.matches(':target'))).resolves.toBe(true);
    await context.close();
  });

  it('the skip link is the first stop of the keyboard and moves focus to the main content', async () => {
    const context = await session.browser.newContext();
    const { page } = await open(context, 'vanguard/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到正文' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await context.close();
  });
});
