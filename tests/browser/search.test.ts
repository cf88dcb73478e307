import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { CONTENT } from '@/lib/content/layout.ts';
import { measureSearchQuality, paragraphTexts } from '../../scripts/search-quality.ts';
import { useBrowserSession } from '../support/session.ts';
import { pageAt, serveSite } from '../../scripts/harness/server.ts';

/** What a Pagefind query returns, reduced to what the tests look at. */
interface Hit {
  url: string;
  title: string;
  excerpt: string;
  subResults: { url: string; title: string; excerpt: string }[];
}

const session = useBrowserSession();
let api: Page;

// Kept as text: Vitest rewrites `import()` in functions it compiles, and this runs in the page.
const QUERY_IN_PAGE = `async ({ term, filters }) => {
  const pagefind = await import(new URL('../pagefind/pagefind.js', location.href).href);
  await pagefind.init();
  const search = await pagefind.search(term, filters ? { filters } : {});
  const data = await Promise.all(search.results.map((result) => result.data()));
  return data.map((hit) => ({
    url: hit.url,
    title: hit.meta.title,
    excerpt: hit.excerpt,
    subResults: hit.sub_results.map((s) => ({ url: s.url, title: s.title, excerpt: s.excerpt })),
  }));
}`;

/** Runs a query through the built index's own `pagefind.js`, in Chromium, as the search page does. */
async function query(term: string, filters?: Record<string, string>): Promise<Hit[]> {
  const run = await api.evaluateHandle(QUERY_IN_PAGE);
  return (await run.evaluate((fn, args) => (fn as unknown as (a: typeof args) => Promise<Hit[]>)(args), { term, filters })) as Hit[];
}

beforeAll(async () => {
  api = await session.browser.newPage();
  await api.goto(`${session.site.url}search/`);
});

describe('the search index', () => {
  it.each([
    ['637', '/vanguard/', '/vanguard/#vanguard-4'],
    ['3717', '/vanguard/', '/vanguard/#vanguard-4'],
    ['2100', '/contributions/', '/contributions/#contributions-4'],
    ['殷忠龙', '/contributions/', '/contributions/#contributions-5'],
    ['莲花寺', '/organizing/', '/organizing/#organizing-1'],
    ['马欢', '/vanguard/', '/vanguard/#vanguard-6'],
    ['翠屏北里', '/', '/#lede-2'],
  ])('“%s” lands on %s, paragraph %s', async (term, page, paragraph) => {
    const hits = await query(term);
    expect(hits[0]?.url).toBe(page);
    expect(hits[0]?.subResults[0]?.url).toBe(paragraph);
    expect(hits[0]?.subResults[0]?.excerpt).toContain('<mark>');
  });

  it('“下沉干部” returns the vanguard section first, with the paragraph on the 3,717 cadres among its sub-results', async () => {
    const hits = await query('下沉干部');
    expect(hits[0]?.url).toBe('/vanguard/');
    const paragraph = hits[0]?.subResults.find((s) => s.url === '/vanguard/#vanguard-4');
    expect(paragraph?.title).toBe('第4段');
    expect(paragraph?.excerpt).toMatch(/<mark>(下沉|干部)<\/mark>/);
  });

  it('a word absent from the article returns nothing', async () => {
    // Pagefind matches Chinese by segments, so the absent word's characters are absent too.
    await expect(query('鲸鱼')).resolves.toEqual([]);
    await expect(query('Shanghai')).resolves.toEqual([]);
  });

  it('indexes the article once: never the full-article page, the search page or the 404 page', async () => {
    for (const term of ['党员', '志愿者', '疫情防控', '全文', '搜索', '页面不存在']) {
      for (const hit of await query(term)) {
        expect(['/', '/organizing/', '/vanguard/', '/contributions/']).toContain(hit.url);
      }
    }
  });

  it('leaves the chrome out: navigation, footer, breadcrumbs and errata notes are not in any indexed page', async () => {
    const pages = (await api.evaluate(`(async () => {
      const pagefind = await import(new URL('../pagefind/pagefind.js', location.href).href);
      const search = await pagefind.search(null, { filters: {} });
      return Promise.all(search.results.map(async (r) => { const d = await r.data(); return { url: d.url, content: d.content }; }));
    })()`)) as { url: string; content: string }[];
    expect(pages.map((p) => p.url).sort()).toEqual(['/', '/contributions/', '/organizing/', '/vanguard/']);
    for (const { url, content } of pages) {
      for (const chrome of [
        '跳到正文',
        '存档版本',
        '第二部分',
        '目录',
        '上一节',
        '下一节',
        '关键词',
        '责任编辑',
        '全文',
        '勘误',
        '原刊作',
      ]) {
        expect(content, `${url} holds “${chrome}”`).not.toContain(chrome);
      }
    }
  });

  it('filters by section', async () => {
    const all = await query('党员');
    expect(new Set(all.map((h) => h.url)).size).toBeGreaterThan(1);
    const vanguard = await query('党员', { 章节: '当先锋、作表率' });
    expect(vanguard.map((h) => h.url)).toEqual(['/vanguard/']);
  });
});

describe('the search page', () => {
  it('types a query, shows results with the words marked, and a result lands on the paragraph, highlighted', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${session.site.url}search/`);
    await page.getByRole('searchbox').fill('殷忠龙');
    const result = page.getByRole('link', { name: '第5段' });
    await result.waitFor();
    const marked = await page.locator('.search-excerpt').first().locator('mark').allTextContents();
    expect(marked.join('')).toContain('殷忠龙');
    await result.click();
    await page.waitForURL(/\/contributions\/\?highlight=.*#contributions-5$/);
    await page.locator('#contributions-5 mark.search-highlight').first().waitFor();
    const highlighted = await page.locator('#contributions-5 mark.search-highlight').allTextContents();
    expect(highlighted.join('')).toContain('殷忠龙');
    // Each occurrence on the page is marked whole, once: 殷忠龙 stands twice in the section.
    await expect(page.locator('mark.search-highlight').allTextContents()).resolves.toEqual(['殷忠龙', '殷忠龙']);
    await expect(page.locator('#contributions-5').isVisible()).resolves.toBe(true);
    const inView = await page.locator('#contributions-5').evaluate((p) => {
      const box = p.getBoundingClientRect();
      return box.top < innerHeight && box.bottom > 0;
    });
    expect(inView).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a ?q= address opens with that search done', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.site.url}search/?q=${encodeURIComponent('2100')}`);
    await page.getByRole('link', { name: '第4段' }).waitFor();
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('2100');
    await page.close();
  });

  it('the / key opens search from a reading page, and the header control leads there too', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.site.url}vanguard/`);
    await page.keyboard.press('/');
    await page.waitForURL(pageAt(session.site.url, 'search/'));
    await expect(page.getByRole('searchbox').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.goto(`${session.site.url}organizing/`);
    await page.getByRole('banner').getByRole('link', { name: /搜索/ }).click();
    await page.waitForURL(pageAt(session.site.url, 'search/'));
    await page.close();
  });

  it('without JavaScript says that search needs it and links to the full article', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.site.url}search/`);
    const notice = page.getByText('搜索需要浏览器启用 JavaScript');
    await expect(notice.isVisible()).resolves.toBe(true);
    await page.getByRole('link', { name: '全文页' }).first().click();
    await page.waitForURL(pageAt(session.site.url, 'full/'));
    await context.close();
  });

  it('works from a subpath, without a rebuild', async () => {
    const sub = await serveSite('dist', '/archive/tongzhou/');
    try {
      const page = await session.browser.newPage();
      const outside: string[] = [];
      page.on('request', (r) => !r.url().startsWith(sub.url) && outside.push(r.url()));
      await page.goto(`${sub.url}search/`);
      await page.getByRole('searchbox').fill('莲花寺');
      await page.getByRole('link', { name: '第1段' }).click();
      await page.waitForURL((url) => url.href.startsWith(`${sub.url}organizing/?highlight=`) && url.hash === '#organizing-1');
      await page.locator('#organizing-1 mark.search-highlight').first().waitFor();
      expect(outside).toEqual([]);
      await page.close();
    } finally {
      await sub.close();
    }
  });
});

/** The search page at phone width with `query` typed, once its results are drawn: the page, and the paragraphs it lists as matches. */
async function searchFor(query: string, path = 'search/') {
  const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(session.site.url + path);
  await page.getByRole('searchbox').fill(query);
  await page.waitForFunction((q) => document.getElementById('search-ui')?.dataset['searched'] === q, query, { timeout: 30_000 });
  const listed = async () =>
    await page.locator('#search-results .search-hit-link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
  return { context, page, errors, requests, listed };
}

const zhParagraphs = paragraphTexts('zh-CN');
/** The paragraphs whose text (as readers see it) holds `phrase`, in reading order. */
const holding = (phrase: string) => [...zhParagraphs].filter(([, text]) => text.includes(phrase)).map(([id]) => id);

describe('phrase search through the page', () => {
  it('“四长管控” lists organizing-3 alone, marked as one run, with the glossary card; its link lands there with one highlighted run', async () => {
    const { context, page, errors, listed } = await searchFor('四长管控');
    await expect(listed()).resolves.toEqual(['organizing-3']);
    await expect(page.locator('#search-results .search-excerpt mark').allTextContents()).resolves.toEqual(['四长管控']);
    const glossary = parse(readFileSync(CONTENT.glossary, 'utf8')) as { id: string; term: string; definition: string }[];
    const entry = glossary.find((e) => e.term === '四长管控')!;
    const card = page.locator('#search-card .search-card');
    await expect(card.isVisible()).resolves.toBe(true);
    await expect(card.textContent()).resolves.toContain(entry.definition);
    await expect(card.getByRole('link').evaluate((a) => (a as HTMLAnchorElement).href)).resolves.toMatch(
      new RegExp(`/glossary/(index\\.html)?#${entry.id}$`),
    );
    await page.getByRole('link', { name: '第3段' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/organizing/') && url.hash === '#organizing-3');
    await page.locator('#organizing-3 mark.search-highlight').first().waitFor();
    await expect(page.locator('#organizing-3 mark.search-highlight').allTextContents()).resolves.toEqual(['四长管控']);
    // Nothing else on the page is marked: no scattered 四, 长, 管 or 控.
    await expect(page.locator('mark.search-highlight').allTextContents()).resolves.toEqual(['四长管控']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('“上海” says plainly that nothing holds it, and lists no paragraph, near or not', async () => {
    expect(holding('上海')).toEqual([]);
    const { context, page, errors, listed } = await searchFor('上海');
    await expect(page.locator('#search-status').textContent()).resolves.toBe('没有找到“上海”');
    await expect(listed()).resolves.toEqual([]);
    await expect(page.locator('#search-output a').count()).resolves.toBe(0);
    await expect(page.locator('#search-near').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('“黨員” is searched as 党员, says so, and lists exactly the paragraphs holding 党员; only then is the converter fetched', async () => {
    const { context, page, errors, requests, listed } = await searchFor('黨員');
    await expect(page.locator('#search-status').textContent()).resolves.toContain('已按简体“党员”搜索');
    const found = await listed();
    expect(found.length).toBeGreaterThan(0);
    for (const id of found) expect(zhParagraphs.get(id), id).toContain('党员');
    expect([...found].sort()).toEqual([...holding('党员')].sort());
    expect(requests.filter((url) => /simplifier[^/]*\.js$/.test(url))).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();

    const simplified = await searchFor('党员');
    await expect(simplified.listed()).resolves.toEqual(found);
    await expect(simplified.page.locator('#search-status').textContent()).resolves.not.toContain('已按简体');
    expect(simplified.requests.filter((url) => /simplifier[^/]*\.js$/.test(url))).toEqual([]);
    await simplified.context.close();
  });

  it('a name of the who-and-where index shows its card, and the results follow', async () => {
    const { context, page, listed } = await searchFor('殷忠龙');
    const card = page.locator('#search-card .search-card');
    await expect(card.locator('.search-card-kind').textContent()).resolves.toBe('人物');
    await expect(card.textContent()).resolves.toContain('京东快递站点负责人');
    await expect(card.getByRole('link').evaluate((a) => (a as HTMLAnchorElement).href)).resolves.toMatch(
      /\/people-places\/(index\.html)?#yin-zhonglong$/,
    );
    await expect(listed()).resolves.toEqual(holding('殷忠龙'));
    await context.close();
  });

  it('a mixed query needs every part in the same paragraph', async () => {
    const both = await searchFor('下沉干部 637');
    await expect(both.listed()).resolves.toEqual(['vanguard-4']);
    await both.context.close();
    // 下沉干部 stands in four paragraphs, 上海 in none: nothing is listed, and the near matches stand apart, labelled.
    const half = await searchFor('下沉干部 上海');
    await expect(half.listed()).resolves.toEqual([]);
    await expect(half.page.locator('#search-status').textContent()).resolves.toBe('没有找到“下沉干部 上海”');
    const near = half.page.locator('#search-near');
    await expect(near.isVisible()).resolves.toBe(true);
    await expect(near.getByRole('heading', { name: '相近的段落' }).isVisible()).resolves.toBe(true);
    const nearIds = await near.locator('.search-hit-link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
    expect(nearIds.length).toBeGreaterThan(0);
    for (const id of nearIds) expect(holding('下沉干部')).toContain(id);
    await half.context.close();
  });

  it('the section filter narrows the paragraphs found to the sections chosen, and counts each section’s', async () => {
    const { context, page, listed } = await searchFor('党员');
    const all = await listed();
    await page.locator('#search-filter summary').click();
    const vanguard = page.getByRole('checkbox', { name: /当先锋、作表率/ });
    const count = Number(await vanguard.locator('xpath=..').locator('.search-filter-count').textContent());
    expect(count).toBe(all.filter((id) => id.startsWith('vanguard-')).length);
    await vanguard.check();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results .search-hit-link').length === n, count);
    const narrowed = await listed();
    expect(narrowed.length).toBe(count);
    for (const id of narrowed) expect(id).toMatch(/^vanguard-/);
    await context.close();
  });

  it('is driven by the keyboard: ↓ from the box to the results, ↓ ↑ between them, ↑ back to the box, Esc clears', async () => {
    const { context, page } = await searchFor('党员');
    const focused = () =>
      page.evaluate(() =>
        document.activeElement?.closest('#search-output') ? (document.activeElement as HTMLAnchorElement).href : document.activeElement?.id,
      );
    await page.keyboard.press('ArrowDown');
    const first = await focused();
    // The first link of the results: the title of the page with the best paragraph.
    expect(first).toMatch(/^http:.*\/$/);
    await page.keyboard.press('ArrowDown');
    const second = await focused();
    expect(second).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    await expect(focused()).resolves.toBe(first);
    await page.keyboard.press('ArrowUp');
    await expect(focused()).resolves.toBe('search-input');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('');
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 0);
    await context.close();
  });

  it('opened from disk, says it needs a server and shows no search box', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(pathToFileURL(resolve('dist/search/index.html')).href);
    await expect(page.locator('#search-offline').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('searchbox').count()).resolves.toBe(0);
    await context.close();
  });

  it('on the whole query set, lists only paragraphs holding each query, every one of them, and lands on one first', async () => {
    const quality = await measureSearchQuality(session.browser, session.site.url);
    const wrong = quality.queries
      .filter(
        (q) =>
          q.after.join() !== [...new Set(q.after)].join() ||
          q.after.length !== q.expected.length ||
          q.after.some((id) => !q.expected.includes(id)),
      )
      .map((q) => `${q.lang} “${q.query}”: listed ${q.after.join(', ') || 'nothing'}; holding it: ${q.expected.join(', ') || 'none'}`);
    expect(wrong).toEqual([]);
    expect(quality.after.landed).toBe(quality.after.answerable);
    expect(quality.after.silent).toBe(quality.after.absent);
  });
});
