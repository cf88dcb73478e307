import { describe, expect, it } from 'vitest';
import { runLighthouse } from '../../scripts/harness/lighthouse.ts';
import { layoutShift, timeSearch, total, weigh } from '../../scripts/harness/measure.ts';
import { axeViolations } from '../support/axe.ts';
import { PAGES, READING_PAGES } from '../support/dist.ts';
import { allBuiltPages } from '../support/english.ts';
import { useBrowserSession } from '../support/session.ts';
import { until } from '../../scripts/harness/until.ts';

const urlOf = (file: string) => file.replace(/index\.html$/, '');

/** Every page the build wrote, Chinese and English (the known lists are checked to be among them). */
const ALL_PAGES = allBuiltPages();
const session = useBrowserSession();

describe('Content-Security-Policy', () => {
  it('no page or search makes a request to another host, and the policy blocks nothing the site needs', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const outside: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => !r.url().startsWith(session.site.url) && !r.url().startsWith('data:') && outside.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && !m.text().includes('status of 404') && errors.push(m.text()));
    for (const file of ALL_PAGES) await page.goto(session.site.url + urlOf(file));
    await page.goto(`${session.site.url}search/?q=${encodeURIComponent('志愿者')}`);
    await page
      .getByRole('link', { name: /第\d+段/ })
      .first()
      .click();
    await page.locator('mark.search-highlight').first().waitFor();
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`every page has no violations in ${colorScheme}`, async () => {
      // axe is injected by the test, so this context alone lets it past the policy.
      const context = await session.browser.newContext({ colorScheme, bypassCSP: true });
      const page = await context.newPage();
      const found: Record<string, unknown> = {};
      for (const path of [...ALL_PAGES.map(urlOf), `search/?q=${encodeURIComponent('党员')}`]) {
        await page.goto(session.site.url + path);
        if (path.includes('?q=')) await page.locator('.search-excerpt mark').first().waitFor();
        const violations = await axeViolations(page);
        if (violations.length > 0) found[path] = violations;
      }
      expect(found).toEqual({});
      await context.close();
    });
  }
});

describe('keyboard', () => {
  it('reaches every link and control of a reading page by Tab, each with a visible focus ring', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.site.url}vanguard/`);
    // What a closed glossary popover holds is not on the page until its term opens it.
    const focusable = await page
      .locator('a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex="-1"])')
      .filter({ visible: true })
      .count();
    const seen = new Set<string>();
    for (let i = 0; i < focusable + 2; i += 1) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          key: `${el.tagName}:${el.getAttribute('href') ?? ''}:${el.textContent?.trim()}`,
          outline: style.outlineStyle,
          width: style.outlineWidth,
        };
      });
      if (!info) continue;
      seen.add(info.key);
      expect(info.outline, info.key).not.toBe('none');
      expect(info.width, info.key).not.toBe('0px');
    }
    expect(seen.size).toBe(focusable);
    await page.close();
  });

  it('searches by keyboard alone: / to open, type, arrow to a result, Enter to go', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.site.url}organizing/`);
    await page.keyboard.press('/');
    // The header's search link names the file, as every built link does, so that the site also works from disk.
    await page.waitForURL(`${session.site.url}search/index.html`, { timeout: 30_000 });
    await until(page, 'the search box to take the focus', () => document.activeElement?.tagName === 'INPUT', null);
    await page.keyboard.type('莲花寺');
    // Tab order is walked only once the search has settled: its results drawn for the whole query, the section filter
    // shown beside them with its counts, and no search running (a later draw would move the focus order under the walk).
    await until(
      page,
      'the search for 莲花寺 to settle (results, filter and counts drawn)',
      () => {
        const ui = document.getElementById('search-ui');
        const filter = document.getElementById('search-filter');
        const counts = [...document.querySelectorAll('#search-filter-options .search-filter-count')];
        return (
          ui?.dataset['searched'] === '莲花寺' &&
          document.getElementById('search-output')?.getAttribute('aria-busy') === 'false' &&
          filter?.hidden === false &&
          counts.length > 1 &&
          counts.every((count) => count.textContent !== '')
        );
      },
      null,
    );
    await expect(page.getByRole('link', { name: '第1段' }).count()).resolves.toBe(1);
    let reached = false;
    for (let i = 0; i < 12 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href?.endsWith('#organizing-1') ?? false);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/organizing\/\?highlight=.*#organizing-1$/, { timeout: 30_000 });
    await page.close();
  });
});

describe('budgets (bytes, not time)', () => {
  // 28 KB, raised for the glossary in place (issue 13): its definitions moved from title attributes into popovers, each
  // with a link to its entry, and their styles, 1.3 KB on /vanguard/ (30,045 bytes in all when this was set).
  it('a section page loads at most 30 KB before the reader searches, with no JavaScript file and at most 15 KB of CSS', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const weight = await weigh(page, () => page.goto(`${session.site.url}vanguard/`));
    expect(total(weight.raw)).toBeLessThanOrEqual(30 * 1024);
    expect(weight.raw.js).toBe(0);
    expect(weight.raw.css).toBeLessThanOrEqual(15 * 1024);
    expect(weight.urls.filter((u) => u.includes('pagefind'))).toEqual([]);
    await context.close();
  });

  it('every reading page fetches no JavaScript', async () => {
    const context = await session.browser.newContext();
    expect(READING_PAGES.length).toBeGreaterThan(0);
    for (const file of READING_PAGES) {
      // A page of its own for each: the browser asks for the favicon late, and a response left over from the previous
      // page can no longer be read once the next one has loaded.
      const page = await context.newPage();
      const weight = await weigh(page, () => page.goto(session.site.url + urlOf(file)));
      expect(weight.raw.js, file).toBe(0);
      await page.close();
    }
    await context.close();
  });

  it('a first search fetches under 150 KB (compressed, as a static host serves it)', async () => {
    const timing = await timeSearch(session.browser, `${session.site.url}search/`, ['637']);
    expect(timing.firstSearchBytes).toBeLessThan(150 * 1024);
  });

  it('no page shifts its layout while it loads (CLS 0), on a phone and on a desktop', async () => {
    for (const viewport of [
      { width: 375, height: 740 },
      { width: 1280, height: 800 },
    ]) {
      const context = await session.browser.newContext({ viewport });
      const page = await context.newPage();
      for (const file of PAGES) {
        // Measured on a second load, with the fonts and styles in the cache: on a busy machine a first load can outrun
        // the font's block period and swap it in late, a shift that measures the machine's load, not the page's layout.
        await page.goto(session.site.url + urlOf(file));
        await page.reload();
        const { score, shifts } = await layoutShift(page);
        expect(score, `${file} at ${viewport.width}px: ${shifts.join(' | ')}`).toBe(0);
      }
      await context.close();
    }
  });
});

describe('Lighthouse (mobile)', () => {
  it('scores 100 for accessibility, best practices and SEO on the home page, a section page and the search page', async () => {
    const results = await runLighthouse([session.site.url, `${session.site.url}vanguard/`, `${session.site.url}search/`]);
    for (const result of results) {
      // The performance score rests on timings (Total Blocking Time, Speed Index) that follow the machine's load: it is
      // reported by npm run bench, as speed goals are; the gate here is what does not depend on the clock.
      const { performance, ...scores } = result.scores;
      expect(performance, result.url).toBeGreaterThan(0);
      expect(scores, `${result.url}: ${result.failing.join('; ')}`).toEqual({
        accessibility: 100,
        'best-practices': 100,
        seo: 100,
      });
      // Layout shift is held to 0 by the test above, on every page at two widths. Lighthouse's is a cold load's, which
      // follows the machine's load as its timings do (0.00033 once in a CI run, 0 in nine runs at rest): npm run bench
      // reports it.
      expect(result.cls, result.url).toBeLessThan(0.1);
    }
  }, 240_000);
});
