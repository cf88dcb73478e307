import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE_URL } from '../../scripts/archive/warc.ts';
import { readZip } from '../../scripts/archive/wacz-verify.ts';
import { launchChromium } from '../../scripts/harness/browser.ts';
import { builtPage, elementText } from '../support/dist.ts';
import { serveReplay, type ReplayServer } from '../support/replay.ts';
import { runChild } from '../support/child.ts';

// Replay is slow to start (ReplayWeb.page registers a service worker and reads the WACZ's index by range requests):
// every wait below is on a condition, with a generous limit and a message saying what never came.
const REPLAY_TIMEOUT = 90_000;
const SITE = PLACEHOLDER_SITE_URL;

let out: string;
let wacz: Buffer;
let server: ReplayServer;
let browser: Browser;

beforeAll(async () => {
  // The packing step of `npm run archive` on the dist/ the tests built, without SITE_URL: the placeholder address.
  out = mkdtempSync(join(tmpdir(), 'tongzhou-wacz-'));
  const env = { ...process.env, SITE_URL: '' };
  const run = runChild(process.execPath, ['scripts/archive.ts', '--dist', 'dist', '--out', out], { encoding: 'utf8', env });
  expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  const name = readdirSync(out).find((entry) => entry.endsWith('.wacz'));
  if (!name) throw new Error(`npm run archive wrote no .wacz in ${out}`);
  wacz = readFileSync(join(out, name));
  [server, browser] = await Promise.all([serveReplay(wacz), launchChromium()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

/** Watches a page for what replay could not find: archived resources that came back 4xx/5xx, and requests off the loopback server. */
function watch(page: Page) {
  const missing: string[] = [];
  const outside: string[] = [];
  page.on('response', (response) => {
    // Page thumbnails (urn:thumbnail:) are something crawlers record; a site archive has none, and the list does without.
    if (response.status() >= 400 && response.url().includes('mp_/') && !response.url().includes('urn:thumbnail:'))
      missing.push(`${response.status()} ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.url) && !/^(data|blob):/.test(url)) outside.push(url);
  });
  return { missing, outside };
}

/** The frame in which ReplayWeb.page shows the archived `url` (its address ends in `mp_/` and the URL), once it has loaded. */
async function replayFrame(page: Page, url: string): Promise<Frame> {
  const find = () => page.frames().find((frame) => frame.url().includes(`mp_/${url}`));
  await expect
    .poll(() => find() !== undefined, { timeout: REPLAY_TIMEOUT, interval: 250, message: `no replay frame for ${url} in ${page.url()}` })
    .toBe(true);
  const frame = find()!;
  await frame.waitForLoadState('load', { timeout: REPLAY_TIMEOUT });
  return frame;
}

/** Opens the archived `url` in ReplayWeb.page on a phone-sized screen and returns its frame. */
async function replay(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(server.replayPage(url));
  return { page, frame: await replayFrame(page, url), ...seen };
}

/** The text of an element as readers see it, without the ¶ link (marked for Pagefind to ignore). */
function textOf(frame: Frame, selector: string): Promise<string | null> {
  return frame.locator(selector).evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    copy.querySelectorAll('[data-pagefind-ignore]').forEach((node) => node.remove());
    return copy.textContent;
  });
}

/** The `<h1>` of a built page, as text. */
function builtHeading(file: string): string {
  const match = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(builtPage(file));
  if (!match) throw new Error(`dist/${file} has no <h1>`);
  return match[1]!.replace(/<[^>]+>/g, '').trim();
}

const PAGES = [
  { path: '', file: 'index.html', lang: 'zh-CN', paragraph: 'lede-1' },
  { path: 'vanguard/', file: 'vanguard/index.html', lang: 'zh-CN', paragraph: 'vanguard-4' },
  { path: 'en/vanguard/', file: 'en/vanguard/index.html', lang: 'en', paragraph: 'vanguard-4' },
] as const;

describe('the WACZ in ReplayWeb.page (Chromium)', () => {
  for (const { path, file, lang, paragraph } of PAGES) {
    it(
      `replays /${path} with its text and stylesheet, and everything it asks for is in the archive`,
      async () => {
        const context = await browser.newContext({ viewport: { width: 375, height: 800 }, colorScheme: 'light' });
        const { frame, missing, outside } = await replay(context, `${SITE}${path}`);
        await frame.locator('h1').waitFor({ timeout: REPLAY_TIMEOUT });
        await expect(frame.locator('html').getAttribute('lang')).resolves.toBe(lang);
        await expect(
          frame
            .locator('h1')
            .textContent()
            .then((text) => text?.trim()),
        ).resolves.toBe(builtHeading(file));
        await expect(textOf(frame, `#${paragraph}`)).resolves.toBe(elementText(builtPage(file), paragraph));
        // The stylesheet applies: the page has the site's paper colour (not the browser's white) and its measure.
        await expect
          .poll(() => frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), { timeout: REPLAY_TIMEOUT })
          .toBe('rgb(251, 248, 243)');
        await expect(
          frame.evaluate(() => [...document.styleSheets].some((sheet) => sheet.href !== null && sheet.cssRules.length > 0)),
        ).resolves.toBe(true);
        expect(missing).toEqual([]);
        expect(outside).toEqual([]);
        // Replay read the WACZ in parts, as it would from any static host.
        expect(server.rangeRequests()).toBeGreaterThan(0);
        await context.close();
      },
      REPLAY_TIMEOUT * 2,
    );
  }

  it(
    'follows a paragraph link (#vanguard-4) to its paragraph, by address and by a click inside the replay',
    async () => {
      const context = await browser.newContext({ viewport: { width: 375, height: 800 }, colorScheme: 'light' });
      const { page, frame } = await replay(context, `${SITE}vanguard/#vanguard-4`);
      await frame.locator('#vanguard-4').waitFor({ timeout: REPLAY_TIMEOUT });
      const inView = (target: Frame) =>
        target.evaluate(() => {
          const box = document.getElementById('vanguard-4')!.getBoundingClientRect();
          return {
            target: document.querySelector(':target')?.id ?? null,
            inView: box.top >= 0 && box.top < window.innerHeight,
            scrolled: window.scrollY > 0,
          };
        });
      await expect.poll(() => inView(frame), { timeout: REPLAY_TIMEOUT }).toEqual({ target: 'vanguard-4', inView: true, scrolled: true });

      // From the home page: the contents link to the section, then the section's ¶ link to its fourth paragraph.
      await page.goto(server.replayPage(SITE));
      const home = await replayFrame(page, SITE);
      await home.getByRole('navigation', { name: '文章导航' }).getByRole('link', { name: '当先锋、作表率' }).click();
      const section = await replayFrame(page, `${SITE}vanguard/index.html`);
      await section.locator('#vanguard-4 a[href="#vanguard-4"]').click();
      await expect.poll(() => inView(section), { timeout: REPLAY_TIMEOUT }).toEqual({ target: 'vanguard-4', inView: true, scrolled: true });
      await context.close();
    },
    REPLAY_TIMEOUT * 3,
  );

  it(
    'lists every page of pages.jsonl with its title and address',
    async () => {
      const pages = (await readZip(wacz))
        .get('pages/pages.jsonl')!
        .bytes.toString('utf8')
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((line) => JSON.parse(line) as { url: string; title: string });
      expect(pages.length).toBeGreaterThanOrEqual(25);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(server.pagesPage());
      const app = () => page.frames().find((frame) => frame.url().startsWith(`${server.url}replay/?`));
      await expect
        .poll(() => app() !== undefined, { timeout: REPLAY_TIMEOUT, message: 'ReplayWeb.page’s app frame never came' })
        .toBe(true);
      const list = app()!.locator('wr-page-entry');
      await expect.poll(() => list.count(), { timeout: REPLAY_TIMEOUT, message: 'the page list never filled' }).toBe(pages.length);
      await expect(app()!.getByText(`${pages.length} pages`).count()).resolves.toBe(1);
      // Each entry shows the page's title and address (CSS locators reach into the list's shadow roots).
      const shown = async (selector: string) => (await list.locator(selector).allTextContents()).map((text) => text.trim()).sort();
      await expect(shown('.page-title')).resolves.toEqual(pages.map((entry) => entry.title).sort());
      await expect(shown('.page-url')).resolves.toEqual(pages.map((entry) => entry.url).sort());
      await expect(list.first().locator('.page-title').isVisible()).resolves.toBe(true);
      await context.close();
    },
    REPLAY_TIMEOUT * 2,
  );
});
