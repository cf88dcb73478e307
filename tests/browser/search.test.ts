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
import { until, untilSearched } from '../../scripts/harness/until.ts';

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
  // A page with no search of its own: on the search page, the page's engine loads every page's data at start from the
  // same Pagefind instance, and Pagefind keeps one object per page, rewriting its excerpt and sub-results on each
  // data() call, so a query's sub-results could be the page's own (none).
  api = await session.browser.newPage();
  await api.goto(`${session.site.url}full/`);
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
      const hits = await query(term);
      // The article's own words are found (so the check below looks at something); the chrome's words need not be.
      if (['党员', '志愿者', '疫情防控'].includes(term)) expect(hits.length, term).toBeGreaterThan(0);
      for (const hit of hits) {
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
  await untilSearched(page, query);
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
    expect(count).toBeGreaterThan(0);
    expect(count).toBe(all.filter((id) => id.startsWith('vanguard-')).length);
    await vanguard.check();
    await until(
      page,
      `the results narrowed to ${count} in 当先锋、作表率`,
      (n) => document.querySelectorAll('#search-results .search-hit-link').length === n,
      count,
    );
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
    await until(page, 'Esc to clear the results', () => document.querySelectorAll('#search-results li').length === 0, null);
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

/** How a drawn search reads on the page: the status's count, the results' paragraph links, and, when the filter shows,
 * the count beside each section and whether it is chosen. Kept as text: it runs in the page. */
const DRAWN_STATE = `() => {
  const filter = document.getElementById('search-filter');
  const boxes = [...document.querySelectorAll('#search-filter-options input')];
  return {
    status: document.getElementById('search-status')?.textContent ?? '',
    listed: document.querySelectorAll('#search-results .search-hit-link').length,
    filterShown: !!filter && !filter.hidden,
    counts: boxes.map((box) => ({ chosen: box.checked, count: box.parentElement.querySelector('.search-filter-count').textContent })),
  };
}`;

/** Every paragraph's text as the index holds it (what excerpts are cut from), by id. */
async function indexedParagraphs(): Promise<Map<string, string>> {
  const anchors = (await api.evaluate(`(async () => {
    const pagefind = await import(new URL('../pagefind/pagefind.js', location.href).href);
    const search = await pagefind.search(null, { filters: {} });
    const pages = await Promise.all(search.results.map((r) => r.data()));
    return pages.flatMap((page) => page.anchors.map((a) => [a.id, a.text]));
  })()`)) as [string, string][];
  return new Map(anchors);
}

describe('the results as shown on a phone (issue 13)', () => {
  it('no excerpt starts with closing punctuation, and each shows … exactly where it cuts its paragraph', async () => {
    const indexed = await indexedParagraphs();
    expect(indexed.size).toBeGreaterThan(10);
    for (const query of ['志愿者', '党员', '网购', '司法局']) {
      const { context, page } = await searchFor(query);
      const shown = await page.locator('#search-results .search-hits > li').evaluateAll((items) =>
        items.map((li) => {
          const excerpt = li.querySelector('.search-excerpt')!;
          const cuts = [...excerpt.querySelectorAll('.search-cut')];
          return {
            id: li.querySelector('a')!.hash.slice(1),
            text: excerpt.textContent ?? '',
            // The excerpt's own text, without the ellipses that mark its cuts.
            inner: [...excerpt.childNodes]
              .filter((node) => !cuts.includes(node as Element))
              .map((node) => node.textContent)
              .join(''),
            cutStart: excerpt.firstChild === cuts[0] && cuts.length > 0,
            cutEnd: excerpt.lastChild === cuts.at(-1) && cuts.length > 0,
          };
        }),
      );
      expect(shown.length, query).toBeGreaterThan(0);
      for (const { id, text, inner, cutStart, cutEnd } of shown) {
        const paragraph = indexed.get(id) ?? '';
        expect(paragraph, `${query} ${id}`).toContain(inner);
        expect(inner, `${query} ${id}`).not.toMatch(/^[，。、；：？！）》」』”’…—]/u);
        expect(inner, `${query} ${id}`).not.toMatch(/[（《「『“‘]$/u);
        expect(text, `${query} ${id}`).toBe(`${cutStart ? '…' : ''}${inner}${cutEnd ? '…' : ''}`);
        expect(cutStart, `${query} ${id}: ${text}`).toBe(!paragraph.startsWith(inner));
        expect(cutEnd, `${query} ${id}: ${text}`).toBe(!paragraph.endsWith(inner));
      }
      await context.close();
    }
  });

  it('the count stands apart from the box above and the filter below', async () => {
    const { context, page } = await searchFor('志愿者');
    const box = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    const [input, status, filter] = [await box('#search-input'), await box('#search-status'), await box('#search-filter')];
    expect(status.top - input.bottom).toBeGreaterThanOrEqual(12);
    expect(filter.top - status.bottom).toBeGreaterThanOrEqual(12);
    await context.close();
  });

  it('the section filter’s counts agree with the results and the count at every moment, while loading and after', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${session.site.url}search/`);
    // Every change to the search's output is checked as it happens (a MutationObserver), not only once it has settled.
    await page.evaluate(`(() => {
      const state = ${DRAWN_STATE};
      window.__disagreements = [];
      window.__checked = 0;
      new MutationObserver(() => {
        const s = state();
        window.__checked += 1;
        if (!s.filterShown) return;
        const chosen = s.counts.some((c) => c.chosen) ? s.counts.filter((c) => c.chosen) : s.counts;
        const sum = chosen.reduce((n, c) => n + Number(c.count || NaN), 0);
        const said = Number((/\\d+/.exec(s.status) ?? ['0'])[0]);
        if (sum !== s.listed || said !== s.listed) window.__disagreements.push(JSON.stringify(s));
      }).observe(document.getElementById('search-ui'), { subtree: true, childList: true, characterData: true, attributes: true });
    })()`);
    const finished = (after: string) =>
      until(
        page,
        `the search to finish ${after}`,
        () => document.getElementById('search-output')?.getAttribute('aria-busy') === 'false',
        null,
      );
    for (const query of ['党员', '志愿者', '上海', '殷忠龙', '党员']) {
      await page.getByRole('searchbox').fill(query);
      await untilSearched(page, query);
    }
    await page.locator('#search-filter summary').click();
    const vanguard = page.getByRole('checkbox', { name: /当先锋、作表率/ });
    await vanguard.check();
    await finished('after the filter was ticked');
    await page.getByRole('searchbox').fill('志愿者');
    await untilSearched(page, '志愿者');
    await vanguard.uncheck();
    await finished('after the filter was cleared');
    const state = (await (await page.evaluateHandle(DRAWN_STATE)).evaluate((f) => (f as unknown as () => unknown)())) as {
      listed: number;
      filterShown: boolean;
      counts: { count: string }[];
    };
    expect(state.filterShown).toBe(true);
    expect(state.listed).toBe(holding('志愿者').length);
    expect(state.counts.reduce((n, c) => n + Number(c.count), 0)).toBe(state.listed);
    await expect(page.evaluate('window.__checked')).resolves.toBeGreaterThan(10);
    expect(await page.evaluate('window.__disagreements')).toEqual([]);
    await context.close();
  });

  it('switching language keeps the query, as first given and as typed since', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${session.site.url}search/?q=637`);
    await untilSearched(page, '637');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL((url) => /\/en\/search\/(index\.html)?$/.test(url.pathname) && url.searchParams.get('q') === '637');
    await untilSearched(page, '637');
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('637');
    await expect(page.getByRole('link', { name: 'Paragraph 4' }).count()).resolves.toBe(1);
    await page.getByRole('searchbox').fill('volunteers');
    await untilSearched(page, 'volunteers');
    await page.getByRole('link', { name: '中文' }).click();
    await page.waitForURL((url) => /\/search\/(index\.html)?$/.test(url.pathname) && !url.pathname.includes('/en/'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('volunteers');
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('volunteers');
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`every result link and filter control is at least 44 px tall at 375 px (${colorScheme})`, async () => {
      const small: string[] = [];
      let measured = 0;
      for (const query of ['四长管控', '志愿者', '下沉干部 上海']) {
        const context = await session.browser.newContext({ viewport: { width: 375, height: 740 }, colorScheme });
        const page = await context.newPage();
        await page.goto(`${session.site.url}search/?q=${encodeURIComponent(query)}`);
        await untilSearched(page, query);
        if (await page.locator('#search-filter').isVisible()) await page.locator('#search-filter summary').click();
        const sizes = await page
          .locator('#search-output a[href], #search-filter summary, #search-filter label, #search-clear')
          .evaluateAll((els) =>
            els
              .filter((el) => (el as HTMLElement).offsetParent !== null)
              .map((el) => ({ what: `${el.tagName} ${el.textContent?.trim().slice(0, 20)}`, height: el.getBoundingClientRect().height })),
          );
        expect(sizes.length, query).toBeGreaterThan(2);
        measured += sizes.length;
        for (const { what, height } of sizes) if (height < 44) small.push(`${query}: ${what} ${height.toFixed(1)} px`);
        await context.close();
      }
      expect(measured).toBeGreaterThan(20);
      expect(small).toEqual([]);
    });
  }
});
