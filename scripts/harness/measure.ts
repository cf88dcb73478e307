import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { until } from './until.ts';

/** The kinds of bytes a page loads, as budgets and the benchmark count them. */
export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

/** Bytes a page loaded, by kind: uncompressed, gzip-compressed (level 9), and as transferred. */
export interface PageWeight {
  requests: number;
  raw: Record<ResourceKind, number>;
  gzip: Record<ResourceKind, number>;
  transferred: number;
  urls: string[];
}

const empty = (): Record<ResourceKind, number> => ({ html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 });

/** The kind of a response, from its content type and URL. */
export function resourceKind(contentType: string, url: string): ResourceKind {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript') || /\.m?js(\?|$)/.test(url)) return 'js';
  if (contentType.startsWith('font/') || /\.(woff2?|ttf|otf)(\?|$)/.test(url)) return 'font';
  if (contentType.startsWith('image/')) return 'image';
  return 'other';
}

function fail(url: string, what: string, error: Error): never {
  throw new Error(`could not measure ${url}: its ${what} could not be read (${error.message})`);
}

/** Records every response a page receives while `action` runs, and totals them by kind; throws if one cannot be measured. */
export async function weigh(page: Page, action: () => Promise<unknown>): Promise<PageWeight> {
  const responses: Promise<{ kind: ResourceKind; raw: number; gzip: number; transferred: number; url: string }>[] = [];
  const onResponse = (response: import('playwright-core').Response) => {
    const url = response.url();
    if (url.startsWith('data:')) return;
    responses.push(
      (async () => {
        // A redirect has no body of its own; any other response whose bytes cannot be read is a failed measurement, not 0 bytes.
        const redirect = response.status() >= 300 && response.status() < 400;
        const body = redirect ? Buffer.alloc(0) : await response.body().catch((error: Error) => fail(url, 'body', error));
        const sizes = await response
          .request()
          .sizes()
          .catch((error: Error) => fail(url, 'sizes', error));
        return {
          kind: resourceKind(response.headers()['content-type'] ?? '', url),
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
          transferred: sizes.responseBodySize + sizes.responseHeadersSize,
          url,
        };
      })(),
    );
  };
  page.on('response', onResponse);
  try {
    await action();
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('response', onResponse);
  }
  const weight: PageWeight = { requests: 0, raw: empty(), gzip: empty(), transferred: 0, urls: [] };
  for (const r of await Promise.all(responses)) {
    weight.requests += 1;
    weight.raw[r.kind] += r.raw;
    weight.gzip[r.kind] += r.gzip;
    weight.transferred += r.transferred;
    weight.urls.push(r.url);
  }
  return weight;
}

/** Sum of a weight's bytes over all kinds. */
export function total(bytes: Record<ResourceKind, number>): number {
  return Object.values(bytes).reduce((a, b) => a + b, 0);
}

/** A page's cumulative layout shift, and what moved: each shift's score, time and the elements it moved, with their rects. */
export interface LayoutShift {
  score: number;
  shifts: string[];
}

/**
 * The cumulative layout shift a page shows while it loads and settles (PerformanceObserver, buffered): read once the page
 * has loaded, its fonts are ready and two frames have been painted, not after a fixed wait. Throws after 30 s.
 */
export async function layoutShift(page: Page): Promise<LayoutShift> {
  return page.evaluate(async () => {
    const result = { score: 0, shifts: [] as string[] };
    const describe = (node: Node | null) =>
      node instanceof Element
        ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''}`
        : String(node?.nodeName);
    const rect = ({ x, y, width, height }: DOMRectReadOnly) => `${x},${y} ${width}×${height}`;
    const add = (entries: PerformanceEntry[]) => {
      type Shift = PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      };
      for (const entry of entries as Shift[]) {
        if (entry.hadRecentInput) continue;
        result.score += entry.value;
        const moved = (entry.sources ?? []).map((s) => `${describe(s.node)} ${rect(s.previousRect)} → ${rect(s.currentRect)}`);
        result.shifts.push(`${entry.value} at ${Math.round(entry.startTime)} ms: ${moved.join('; ')}`);
      }
    };
    const observer = new PerformanceObserver((list) => add(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    const settled = (async () => {
      if (document.readyState !== 'complete') await new Promise((done) => addEventListener('load', done, { once: true }));
      await document.fonts.ready;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    })();
    const late = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`layout shift: ${location.href} had not loaded its fonts and painted after 30 s`)), 30_000),
    );
    await Promise.race([settled, late]);
    add(observer.takeRecords());
    observer.disconnect();
    return result;
  });
}

/** Latency and bytes of a first (cold) search and of later (warm) searches, through the search page's own UI. */
export interface SearchTiming {
  /** From the query typed on a freshly loaded page to its results shown, debounce included. */
  coldMs: number;
  /** The same for each later query. */
  warmMs: number[];
  /** The search alone, without the debounce (the page's `search` measure): Pagefind, the phrase layer and drawing; the
   *  first on a cold page (loading Pagefind and the index included), then each later one. */
  searchColdMs: number;
  searchWarmMs: number[];
  /** Bytes transferred for the search page and its first search together, and the requests made. */
  firstSearchBytes: number;
  firstSearchRequests: number;
  /** The search engine alone (Pagefind's API on a fresh page: load, init, search, first five results' data). */
  engineColdMs: number;
  engineWarmMs: number[];
}

// Kept as text: Vitest rewrites import() in functions it compiles, and this runs in the page.
const TIME_ENGINE = `async (terms) => {
  const t0 = performance.now();
  const pagefind = await import(new URL('../pagefind/pagefind.js', location.href).href);
  await pagefind.init();
  const first = await pagefind.search(terms[0]);
  await Promise.all(first.results.slice(0, 5).map((r) => r.data()));
  const cold = performance.now() - t0;
  const warm = [];
  for (const term of terms.slice(1)) {
    const t = performance.now();
    const s = await pagefind.search(term);
    await Promise.all(s.results.slice(0, 5).map((r) => r.data()));
    warm.push(performance.now() - t);
  }
  return { cold, warm };
}`;

// Kept as text: it runs in the page. Types a query as a reader does and resolves, once its results are on screen,
// with the time from typing to then and the page's own measure of the search (src/client/search.ts); gives up after 30 s.
const TYPE_AND_WAIT = `(term) => new Promise((resolve, reject) => {
  const input = document.getElementById('search-input');
  const ui = document.getElementById('search-ui');
  delete ui.dataset.searched;
  const t0 = performance.now();
  const timer = setTimeout(() => {
    observer.disconnect();
    reject(new Error('searching for ' + term + ': the search page never said it had searched, after 30 s'));
  }, 30000);
  const observer = new MutationObserver(() => {
    if (ui.dataset.searched !== term) return;
    clearTimeout(timer);
    observer.disconnect();
    requestAnimationFrame(() => {
      const measure = performance.getEntriesByName('search').filter((m) => m.detail === term).at(-1);
      resolve({ shown: performance.now() - t0, search: measure ? measure.duration : NaN });
    });
  });
  observer.observe(ui, { attributes: true, attributeFilter: ['data-searched'] });
  input.value = term;
  input.dispatchEvent(new Event('input', { bubbles: true }));
})`;

/** Types `term` into the search page open in `page` and waits for its results: the time to them, and the search's own. */
export async function typeAndWait(page: Page, term: string): Promise<{ shown: number; search: number }> {
  const fn = await page.evaluateHandle(TYPE_AND_WAIT);
  return (await fn.evaluate((f, t) => (f as unknown as (t: string) => Promise<{ shown: number; search: number }>)(t), term)) as {
    shown: number;
    search: number;
  };
}

/** Opens the search page in a fresh context (empty cache), types a first query, then later ones, and times each. */
export async function timeSearch(browser: Browser, searchPageUrl: string, terms: string[]): Promise<SearchTiming> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let cold = { shown: Number.NaN, search: Number.NaN };
  const weight = await weigh(page, async () => {
    await page.goto(searchPageUrl);
    await until(page, 'its search box', () => document.getElementById('search-input'), null);
    cold = await typeAndWait(page, terms[0] ?? '637');
  });
  const warm: { shown: number; search: number }[] = [];
  for (const term of terms.slice(1)) warm.push(await typeAndWait(page, term));
  await context.close();

  // The engine alone, on a fresh context and a page that loads no search UI.
  const engineContext = await browser.newContext();
  const enginePage = await engineContext.newPage();
  await enginePage.goto(new URL('../full/', searchPageUrl).href);
  const engineFn = await enginePage.evaluateHandle(TIME_ENGINE);
  const engine = (await engineFn.evaluate(
    (f, t) => (f as unknown as (t: string[]) => Promise<{ cold: number; warm: number[] }>)(t),
    terms,
  )) as {
    cold: number;
    warm: number[];
  };
  await engineContext.close();
  return {
    coldMs: cold.shown,
    warmMs: warm.map((w) => w.shown),
    searchColdMs: cold.search,
    searchWarmMs: warm.map((w) => w.search),
    firstSearchBytes: weight.transferred,
    firstSearchRequests: weight.requests,
    engineColdMs: engine.cold,
    engineWarmMs: engine.warm,
  };
}
