import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/session.ts';
import { until } from '../../scripts/harness/until.ts';

const session = useBrowserSession('/archive/tongzhou/');

describe('opened from disk (file://), in Chromium', () => {
  it('every page is styled, readable and reachable by its links', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const root = pathToFileURL(resolve('dist')).href;
    await page.goto(`${root}/index.html`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('党旗在副中心疫情防控一线高高飘扬');
    // The stylesheet loaded: the page has the site's paper colour, not the browser's white.
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).resolves.toBe('rgb(251, 248, 243)');

    await page.getByRole('navigation', { name: '文章导航' }).getByRole('link', { name: '当先锋、作表率' }).click();
    await page.waitForURL(`${root}/vanguard/index.html`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('当先锋、作表率，筑牢疫情防控的坚强堡垒');
    await expect(page.locator('#vanguard-4').isVisible()).resolves.toBe(true);

    await page.locator('.site-menu summary').click();
    await page.getByRole('navigation', { name: '读者助手' }).getByRole('link', { name: '关于本版' }).click();
    await page.waitForURL(`${root}/about/index.html`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('关于本版');
    // Without scripts (a module from disk does not load) the citations are still there to select.
    await expect(page.locator('#cite-gbt').textContent()).resolves.toBe(
      '常菁菁, 焦超超. 党旗在副中心疫情防控一线高高飘扬[J]. 北京支部生活, 2022(6).',
    );

    await page.getByRole('link', { name: '党旗在副中心疫情防控一线' }).click();
    await page.waitForURL(`${root}/index.html`);
    await context.close();
  });
});

describe('search opened from disk (file://)', () => {
  it('shows the offline note, pointing to the full text, where the search script cannot run', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    const root = pathToFileURL(resolve('dist')).href;
    await page.goto(`${root}/search/index.html`);
    const note = page.locator('#search-offline');
    await note.waitFor({ state: 'visible', timeout: 15_000 });
    await expect(note.textContent()).resolves.toMatch(/直接从磁盘打开的页面无法加载搜索索引/);
    await note.getByRole('link', { name: '全文页' }).click();
    await page.waitForURL(`${root}/full/index.html`);
    await context.close();
  });

  it('served, the note stays hidden and the search box shows: only a page opened from disk is marked for the note', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${session.site.url}search/`);
    await page.locator('#search-input').waitFor({ state: 'visible', timeout: 15_000 });
    await expect(page.evaluate(() => document.documentElement.classList.contains('from-disk'))).resolves.toBe(false);
    await expect(page.locator('#search-offline').isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('the citations on the about page', () => {
  it('are readable without JavaScript, with no copy button that would do nothing', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.site.url}about/`);
    await expect(page.getByRole('heading', { level: 2, name: '引用本文' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('#cite-apa').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button').count()).resolves.toBe(0);
    await context.close();
  });

  it('copy by keyboard, and the result is announced', async () => {
    const context = await session.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.site.url).origin });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${session.site.url}about/`);

    for (const [label, id] of [
      ['GB/T 7714—2015（期刊）', 'cite-gbt'],
      ['APA 第7版', 'cite-apa'],
      ['芝加哥格式·参考书目', 'cite-chicago-bib'],
    ] as const) {
      const button = page.getByRole('button', { name: `复制：${label}` });
      await button.focus();
      await page.keyboard.press('Enter');
      const status = page.locator(`[data-copy-status="${id}"]`);
      await expect(status.getAttribute('role')).resolves.toBe('status');
      await until(
        page,
        `“已复制到剪贴板。” after copying ${id}`,
        (sel) => document.querySelector(sel)?.textContent === '已复制到剪贴板。',
        `[data-copy-status="${id}"]`,
      );
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      await expect(page.locator(`#${id}`).textContent()).resolves.toBe(copied);
    }
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Chang Jingjing 常菁菁 and Jiao Chaochao 焦超超\. “Dangqi/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('italicise the Latin-script periodical name, and only that', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${session.site.url}about/`);
    await expect(page.locator('#cite-apa i').evaluate((el) => getComputedStyle(el).fontStyle)).resolves.toBe('italic');
    await expect(page.locator('#cite-apa').evaluate((el) => getComputedStyle(el).fontStyle)).resolves.toBe('normal');
    await context.close();
  });
});
