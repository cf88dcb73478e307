import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { holds } from '@/lib/search/quality.ts';
import { paragraphTexts } from '../../scripts/search-quality.ts';
import { useBrowserSession } from '../support/session.ts';
import { untilSearched } from '../../scripts/harness/until.ts';

interface Hit {
  url: string;
  subResults: { url: string; title: string; excerpt: string }[];
}

// Kept as text: Vitest rewrites import() in functions it compiles, and this runs in the page, where Pagefind picks
// the index of the page's own language (the English search page is lang="en").
const QUERY_IN_PAGE = `async (term) => {
  const pagefind = await import(new URL('../../pagefind/pagefind.js', location.href).href);
  await pagefind.init();
  const search = await pagefind.search(term);
  const data = await Promise.all(search.results.map((result) => result.data()));
  return data.map((hit) => ({ url: hit.url, subResults: hit.sub_results.map((s) => ({ url: s.url, title: s.title, excerpt: s.excerpt })) }));
}`;

const session = useBrowserSession();
let api: Page;

async function query(term: string): Promise<Hit[]> {
  const run = await api.evaluateHandle(QUERY_IN_PAGE);
  return (await run.evaluate((fn, t) => (fn as unknown as (t: string) => Promise<Hit[]>)(t), term)) as Hit[];
}

beforeAll(async () => {
  // A page with no search of its own: on the search page, the page's engine loads every page's data at start from the
  // same Pagefind instance, and Pagefind keeps one object per page, rewriting its excerpt and sub-results on each
  // data() call, so a query's sub-results could be the page's own (none).
  api = await session.browser.newPage();
  await api.goto(`${session.site.url}en/full/`);
});

describe('English search', () => {
  it.each([
    ['637', '/en/vanguard/', '/en/vanguard/#vanguard-4'],
    ['Lianhuasi', '/en/organizing/', '/en/organizing/#organizing-1'],
    ['Yin Zhonglong', '/en/contributions/', '/en/contributions/#contributions-5'],
  ])('“%s” lands on %s, paragraph %s', async (term, page, paragraph) => {
    const hits = await query(term);
    expect(hits[0]?.url).toBe(page);
    expect(hits[0]?.subResults[0]?.url).toBe(paragraph);
    expect(hits[0]?.subResults[0]?.title).toMatch(/^Paragraph \d+$/);
    expect(hits[0]?.subResults[0]?.excerpt).toContain('<mark>');
  });

  it('“volunteer” finds English paragraphs only, and never a Chinese page', async () => {
    const hits = await query('volunteer');
    expect(hits.length).toBeGreaterThan(1);
    for (const hit of hits) {
      expect(hit.url).toMatch(/^\/en\/(organizing|vanguard|contributions)?\/?$/);
      expect(hit.subResults.length, hit.url).toBeGreaterThan(0);
      for (const sub of hit.subResults) expect(sub.url.startsWith('/en/')).toBe(true);
    }
  });

  it('the Chinese search page searches the Chinese index only', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.site.url}search/`);
    const urls = (await page.evaluate(`(async () => {
      const pagefind = await import(new URL('../pagefind/pagefind.js', location.href).href);
      const s = await pagefind.search('637');
      return Promise.all(s.results.map(async (r) => (await r.data()).url));
    })()`)) as string[];
    expect(urls).toEqual(['/vanguard/']);
    await page.close();
  });

  it('the English search page, in English, types a query and lands on the highlighted English paragraph', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.site.url}en/search/`);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await page.getByRole('searchbox').fill('Lianhuasi');
    await page.getByRole('link', { name: 'Paragraph 1' }).first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/en/organizing/') && url.hash === '#organizing-1');
    await page.locator('#organizing-1 mark.search-highlight').first().waitFor();
    await page.close();
  });
});

describe('the English search page', () => {
  /** The page with `query` typed, once drawn, and the paragraphs it lists. */
  async function searchFor(query: string) {
    const page = await session.browser.newPage();
    await page.goto(`${session.site.url}en/search/`);
    await page.getByRole('searchbox').fill(query);
    await untilSearched(page, query);
    const listed = await page
      .locator('#search-results .search-hit-link')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
    return { page, listed };
  }
  const english = paragraphTexts('en');
  const holding = (phrase: string) => [...english].filter(([, text]) => holds(text, phrase)).map(([id]) => id);

  it('matches a quoted phrase exactly, as whole words: “shock team” but not “shock teams”', async () => {
    const team = holding('shock team');
    const teamsOnly = holding('shock teams').filter((id) => !team.includes(id));
    expect(team.length).toBeGreaterThan(0);
    expect(teamsOnly.length).toBeGreaterThan(0);
    const quoted = await searchFor('"shock team"');
    expect([...quoted.listed].sort()).toEqual([...team].sort());
    await expect(quoted.page.locator('#search-results .search-excerpt mark').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['shock team']),
    );
    await quoted.page.close();
    // Unquoted, the words keep Pagefind's stemming: the paragraphs with “shock teams” are found too.
    const unquoted = await searchFor('shock team');
    expect(unquoted.listed).toEqual(expect.arrayContaining([...team, ...teamsOnly]));
    await unquoted.page.close();
  });

  it('shows the card of a name, in English with its Chinese', async () => {
    const { page, listed } = await searchFor('Yin Zhonglong');
    const card = page.locator('#search-card .search-card');
    await expect(card.locator('.search-card-kind').textContent()).resolves.toBe('Person');
    await expect(card.locator('[lang="zh-CN"]').textContent()).resolves.toBe('殷忠龙');
    expect(listed).toEqual(['contributions-5']);
    await page.close();
  });
});
