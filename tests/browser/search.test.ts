import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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
    await page.locator('#contributions-5 mark.pagefind-highlight').first().waitFor();
    const highlighted = await page.locator('#contributions-5 mark.pagefind-highlight').allTextContents();
    expect(highlighted.join('')).toContain('殷忠龙');
    await expect(page.locator('mark.pagefind-highlight').count()).resolves.toBeGreaterThanOrEqual(3);
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
      await page.locator('#organizing-1 mark.pagefind-highlight').first().waitFor();
      expect(outside).toEqual([]);
      await page.close();
    } finally {
      await sub.close();
    }
  });
});
