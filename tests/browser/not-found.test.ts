import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, openPage, sidewaysOverflow } from '../../scripts/harness/browser.ts';
import { serveSite, type SiteServer } from '../../scripts/harness/server.ts';
import { until } from '../../scripts/harness/until.ts';

const PAPER = { light: 'rgb(251, 248, 243)', dark: 'rgb(23, 20, 18)' };

let browser: Browser;
const sites: Record<string, SiteServer> = {};
beforeAll(async () => {
  // Served as GitHub Pages serves a project site (a folder of the host) and a user site (the host's root): any missing
  // address, at any depth, answers 404 with the site's 404.html.
  [browser, sites['/archive/tongzhou/'], sites['/']] = await Promise.all([
    launchChromium(),
    serveSite('dist', '/archive/tongzhou/'),
    serveSite('dist', '/'),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(Object.values(sites).map((site) => site.close()));
});

describe.each(['/archive/tongzhou/', '/'])('the 404 page of a site served at %s, in Chromium at 375 px', (prefix) => {
  it.each([
    ['1', 'nope'],
    ['3', 'vanguard/a/b/nope'],
  ])('at depth %s is styled in light and dark, and its home link leads home', async (_depth, path) => {
    const site = sites[prefix]!;
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: 375, height: 740 }, colorScheme: scheme });
      const { page, response, errors, outside } = await openPage(context, site.url, path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: '页面不存在' }).isVisible()).resolves.toBe(true);
      // Styled: the site's paper colour, not the browser's white or black, and nothing wider than the phone.
      await expect(page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).resolves.toBe(PAPER[scheme]);
      expect(await sidewaysOverflow(page)).toBe(0);
      // Once its script has found the site's root, every link leads into the site.
      const home = page.getByRole('link', { name: '回到首页' });
      await until(
        page,
        `every link to lead into the site (${site.url})`,
        (root) =>
          [...document.querySelectorAll('a[href]')].every(
            (a) => a.getAttribute('href')!.startsWith('#') || a.getAttribute('href')!.startsWith(root),
          ),
        site.url,
      );
      if (scheme === 'dark')
        await page.screenshot({ path: `/tmp/404-${prefix.replaceAll('/', '_')}-${path.replaceAll('/', '_')}-dark.png` });
      else await page.screenshot({ path: `/tmp/404-${prefix.replaceAll('/', '_')}-${path.replaceAll('/', '_')}-light.png` });
      await home.click();
      await page.waitForURL(`${site.url}index.html`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('党旗在副中心疫情防控一线高高飘扬');
      // The page's own 404 status, and the folders its script tried for 404.html, are the only failures.
      expect(errors.filter((error) => !error.includes('status of 404'))).toEqual([]);
      expect(outside).toEqual([]);
      await context.close();
    }
  });
});

describe('the 404 page without scripts', () => {
  it('one folder deep, its links lead into the site', async () => {
    const site = sites['/archive/tongzhou/']!;
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
    const { page, response } = await openPage(context, site.url, 'nope');
    expect(response?.status()).toBe(404);
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).resolves.toBe(PAPER.light);
    await page.getByRole('link', { name: '阅读全文' }).click();
    await page.waitForURL(`${site.url}full/index.html`);
    await context.close();
  });
});
