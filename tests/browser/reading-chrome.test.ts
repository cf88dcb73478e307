import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sidewaysOverflow } from '../../scripts/harness/browser.ts';
import { UI } from '@/i18n/ui.ts';
import { allBuiltPages } from '../support/english.ts';
import { useBrowserSession } from '../support/session.ts';

// Controls outside running text are 44 px tall on a phone, ¶ links and parallel row numbers 24 × 24, and links inside a
// sentence keep the sentence's size; the companions are in every page's header; the parallel text keeps the site's margins.

const session = useBrowserSession();
const urlOf = (file: string) => file.replace(/index\.html$/, '');
const ALL_PAGES = allBuiltPages().map(urlOf);
/** The search page's own controls are measured with its results (tests/browser/search.test.ts); its header counts here. */
const OWN_MAIN_ELSEWHERE = /^(en\/)?search\/$/;
const PHONES = [320, 375] as const;

/** One control the reader can tap, with its box and why it is measured as it is. */
interface Control {
  text: string;
  kind: 'control' | 'small' | 'inline';
  width: number;
  height: number;
  /** For a link inside a sentence: its font size and that of the text around it. */
  fontSize: number;
  textSize: number;
}

/** Every visible link, button and summary of the page, sorted by how it must be measured. */
function controls(page: Page, skipMain: boolean): Promise<Control[]> {
  return page.evaluate((skipMain) => {
    const found: Control[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('a[href], button, summary')) {
      if (!el.checkVisibility() || el.matches('.skip-link') || (skipMain && el.closest('main'))) continue;
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const block = el.parentElement!.closest<HTMLElement>('p, li, dd, td, div, h1, h2, h3, blockquote') ?? el.parentElement!;
      const own = (el.textContent ?? '').trim().length;
      // A link set inline among other words of its block is part of a sentence: it keeps the text's size.
      // A glossary term opening its definition in place is a button, but a word of its sentence all the same.
      const inline = style.display === 'inline' || el.matches('[popovertarget]');
      const inSentence = inline && (block.textContent ?? '').trim().length > own + 1;
      const small = el.matches('a.permalink, .parallel-row > a');
      found.push({
        text: (el.textContent ?? '').trim().slice(0, 30),
        kind: small ? 'small' : inSentence ? 'inline' : 'control',
        width: rect.width,
        height: rect.height,
        fontSize: parseFloat(style.fontSize),
        textSize: parseFloat(getComputedStyle(block).fontSize),
      });
    }
    return found;
  }, skipMain);
}

describe('tap targets on a phone', () => {
  for (const width of PHONES) {
    it(`at ${width} px every control outside running text is at least 44 px tall, ¶ links 24 × 24, links in sentences text-sized`, async () => {
      const context = await session.browser.newContext({ viewport: { width, height: 740 } });
      const page = await context.newPage();
      const failures: string[] = [];
      let smallest = { height: Infinity, text: '', path: '' };
      for (const path of ALL_PAGES) {
        await page.goto(session.site.url + path);
        // The companions' menu counts open, as the reader uses it.
        await page.locator('.site-menu summary').click();
        for (const c of await controls(page, OWN_MAIN_ELSEWHERE.test(path))) {
          const where = `${path || '/'} “${c.text}”`;
          if (c.kind === 'control' && c.height < 44) failures.push(`${where}: ${c.height.toFixed(1)} px tall`);
          if (c.kind === 'small' && (c.height < 24 || c.width < 24))
            failures.push(`${where}: ${c.width.toFixed(1)} × ${c.height.toFixed(1)} px`);
          if (c.kind === 'inline' && c.fontSize !== c.textSize) failures.push(`${where}: ${c.fontSize} px in ${c.textSize} px text`);
          if (c.kind === 'control' && c.height < smallest.height) smallest = { height: c.height, text: c.text, path };
        }
      }
      expect(failures).toEqual([]);
      expect(smallest.height, `smallest: ${JSON.stringify(smallest)}`).toBeGreaterThanOrEqual(44);
      await context.close();
    }, 240_000);
  }
});

describe('the header', () => {
  it('links the five companions from the header of every page, with no script, the current one marked', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    for (const path of ALL_PAGES) {
      await page.goto(session.site.url + path);
      const lang = path.startsWith('en/') ? 'en' : 'zh-CN';
      const menu = page.getByRole('banner').getByRole('navigation', { name: UI[lang].companions });
      await expect(menu.isVisible(), `${path}: closed at first`).resolves.toBe(false);
      await page.locator('header .site-menu summary').click();
      await expect(menu.getByRole('link').count(), path).resolves.toBe(5);
      for (const link of await menu.getByRole('link').all()) await expect(link.isVisible(), path).resolves.toBe(true);
      const slug = /(figures|timeline|glossary|people-places|about)\/$/.exec(path)?.[1];
      await expect(menu.locator('[aria-current="page"]').count(), path).resolves.toBe(slug ? 1 : 0);
    }
    await context.close();
  }, 120_000);

  // The English name wraps, balanced, into three lines only in the narrowest window.
  it.each([
    [320, 3],
    [375, 2],
    [1280, 1],
  ])(
    'at %i px nothing scrolls sideways, with the companions’ menu open, and the site’s name takes at most %i lines',
    async (width, most) => {
      const context = await session.browser.newContext({ viewport: { width, height: 740 } });
      const page = await context.newPage();
      for (const path of ALL_PAGES) {
        await page.goto(session.site.url + path);
        await page.locator('.site-menu summary').click();
        await expect(sidewaysOverflow(page), `${path} at ${width}px`).resolves.toBe(0);
        const lines = await page.locator('.site-name').evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return new Set(Array.from(range.getClientRects(), (box) => Math.round(box.top))).size;
        });
        expect(lines, `${path}: the site's name`).toBeLessThanOrEqual(most);
      }
      await context.close();
    },
    120_000,
  );

  it('shows the open menu inside the window, under its button, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await session.browser.newContext({ viewport: { width: 375, height: 740 }, colorScheme });
      const page = await context.newPage();
      await page.goto(`${session.site.url}vanguard/`);
      const summary = page.locator('.site-menu summary');
      await summary.click();
      const [button, panel] = await Promise.all([summary.boundingBox(), page.locator('.site-menu nav').boundingBox()]);
      expect(panel!.y).toBeGreaterThanOrEqual(button!.y + button!.height - 1);
      expect(panel!.x).toBeGreaterThanOrEqual(0);
      expect(panel!.x + panel!.width).toBeLessThanOrEqual(375);
      // The panel is opaque: the text under it does not show through.
      const background = await page.locator('.site-menu nav').evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).toMatch(/^rgb\(/);
      await summary.click();
      await expect(page.locator('.site-menu nav').isVisible()).resolves.toBe(false);
      await context.close();
    }
  });
});

describe('the English title on a phone', () => {
  it('leaves the first lines of the text on the first screen at 375 × 740', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${session.site.url}en/`);
    const title = await page.getByRole('heading', { level: 1 }).evaluate((el) => ({
      lines: Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
      weight: Number(getComputedStyle(el).fontWeight),
    }));
    expect(title.lines).toBeLessThanOrEqual(4);
    expect(title.weight).toBeLessThan(700);
    const text = await page.locator('#lede-1').evaluate((el) => ({
      top: el.getBoundingClientRect().top,
      line: parseFloat(getComputedStyle(el).lineHeight),
    }));
    expect(text.top + 2 * text.line, 'two lines of the text on the first screen').toBeLessThanOrEqual(740);
    await context.close();
  });
});

describe('the parallel text on a desktop', () => {
  it.each(['parallel/', 'en/parallel/'])(
    '%s stays inside the header’s margins, sets Chinese at line height 1.9, and puts each byline under its title',
    async (path) => {
      const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(session.site.url + path);
      const bar = (await page.locator('.site-bar').boundingBox())!;
      const article = (await page.locator('main article').boundingBox())!;
      expect(article.x, 'left margin').toBeGreaterThanOrEqual(bar.x - 1);
      expect(article.x + article.width, 'right margin').toBeLessThanOrEqual(bar.x + bar.width + 1);
      const ratios = await page
        .locator('.parallel-row p[lang="zh-CN"]')
        .evaluateAll((ps) => ps.map((p) => parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize)));
      expect(ratios).toHaveLength(19);
      for (const ratio of ratios) expect(ratio).toBeCloseTo(1.9, 2);
      // Each title's byline stands right under it (no hole beside the other language's longer title), tops aligned.
      const columns = await page.locator('main header .parallel-grid > div').evaluateAll((divs) =>
        divs.map((div) => {
          const [title, byline] = Array.from(div.children, (child) => child.getBoundingClientRect());
          return { top: title!.top, gap: byline!.top - title!.bottom };
        }),
      );
      expect(columns).toHaveLength(2);
      expect(Math.abs(columns[0]!.top - columns[1]!.top)).toBeLessThan(1);
      for (const { gap } of columns) expect(gap).toBeLessThan(20);
      await context.close();
    },
  );
});
