// Search quality for `npm run bench`: runs the query set (bench/search-queries.yaml) through the search page as a
// reader does, and through Pagefind alone as the page used it before the phrase layer (its Component UI listed each
// page's first six sub-results), and scores both against the paragraphs that hold each query, derived from the text.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { englishReaderText } from '../src/lib/check/english-companions.ts';
import { renderedParagraph } from '../src/lib/check/errata.ts';
import { CONTENT, PARAGRAPH_ID, PART_IDS, partFile } from '../src/lib/content/layout.ts';
import { expectedParagraphs, querySetSchema, score, type QualityScore, type QueryCase, type QueryRun } from '../src/lib/search/quality.ts';
import { paragraphId, splitParagraphs, stripFrontmatter } from '../src/lib/text/paragraphs.ts';
import { errataSchema } from '../src/schemas.ts';
import { typeAndWait } from './harness/measure.ts';

/** The query set's file. */
export const QUERY_SET = 'bench/search-queries.yaml';

/** The query set, checked against its schema. */
export function querySet(): QueryCase[] {
  return querySetSchema.parse(parse(readFileSync(QUERY_SET, 'utf8')));
}

/** Every paragraph of one language as readers see it (Chinese: punctuation normalised, corrections applied), keyed by id, in reading order. */
export function paragraphTexts(lang: QueryCase['lang']): Map<string, string> {
  const errata = errataSchema.parse(parse(readFileSync(CONTENT.errata, 'utf8')));
  return new Map(
    PART_IDS.flatMap((part) =>
      splitParagraphs(stripFrontmatter(readFileSync(partFile(part, lang), 'utf8'))).map((text, i): [string, string] => {
        const id = paragraphId(part, i + 1);
        const shown =
          lang === 'en'
            ? englishReaderText(text)
            : renderedParagraph(
                text,
                errata.filter((erratum) => erratum.paragraph === id),
              );
        return [id, shown];
      }),
    ),
  );
}

// Kept as text: it runs in the page. The paragraphs Pagefind alone lists, as the Component UI showed them: each
// result page in order, with its first six sub-results.
const PAGEFIND_LISTS = `async (term) => {
  const pagefind = await import(new URL('pagefind/pagefind.js', document.querySelector('link[rel="icon"]').href).href);
  await pagefind.init();
  const search = await pagefind.search(term);
  const data = await Promise.all((search?.results ?? []).map((result) => result.data()));
  return data.flatMap((page) => page.sub_results.slice(0, 6).map((sub) => sub.url.split('#')[1] ?? ''));
}`;

/** The paragraph ids Pagefind alone lists for a query. */
async function pagefindLists(page: Page, term: string): Promise<string[]> {
  const fn = await page.evaluateHandle(PAGEFIND_LISTS);
  const ids = (await fn.evaluate((f, t) => (f as unknown as (t: string) => Promise<string[]>)(t), term)) as string[];
  return ids.filter((id) => PARAGRAPH_ID.test(id));
}

/** The paragraph ids the search page lists as matches for a query (near matches, apart, are not), and its time. */
async function pageLists(page: Page, term: string): Promise<{ ids: string[]; ms: number }> {
  const { search } = await typeAndWait(page, term);
  const hrefs = await page
    .locator('#search-results .search-hit-link')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash));
  return { ids: hrefs.map((hash) => hash.slice(1)), ms: search };
}

/** One query's outcome before and after, with the time the search page took. */
export interface QueryReport {
  query: string;
  kind: QueryCase['kind'];
  lang: QueryCase['lang'];
  expected: string[];
  before: string[];
  after: string[];
  ms: number;
}

/** The whole measure: scores before and after, over all queries and by kind, and each query's lists. */
export interface SearchQuality {
  before: QualityScore;
  after: QualityScore;
  byKind: Record<string, { before: QualityScore; after: QualityScore }>;
  queries: QueryReport[];
}

/** Runs the query set on the site at `siteUrl` in `browser`, before (Pagefind alone) and after (the search page). */
export async function measureSearchQuality(browser: Browser, siteUrl: string): Promise<SearchQuality> {
  const cases = querySet();
  const reports: QueryReport[] = [];
  for (const lang of ['zh-CN', 'en'] as const) {
    const texts = paragraphTexts(lang);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}${lang === 'en' ? 'en/' : ''}search/`);
    for (const c of cases.filter((c) => c.lang === lang)) {
      const before = await pagefindLists(page, c.query);
      const after = await pageLists(page, c.query);
      reports.push({ query: c.query, kind: c.kind, lang, expected: expectedParagraphs(c, texts), before, after: after.ids, ms: after.ms });
    }
    await context.close();
  }
  const runs = (which: 'before' | 'after', list = reports): QueryRun[] =>
    list.map((r) => ({ query: { query: r.query, kind: r.kind, lang: r.lang }, listed: r[which], expected: r.expected }));
  const kinds = [...new Set(reports.map((r) => r.kind))];
  return {
    before: score(runs('before')),
    after: score(runs('after')),
    byKind: Object.fromEntries(
      kinds.map((kind) => {
        const list = reports.filter((r) => r.kind === kind);
        return [kind, { before: score(runs('before', list)), after: score(runs('after', list)) }];
      }),
    ),
    queries: reports,
  };
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The measure as lines of text for the bench's report. */
export function formatSearchQuality(quality: SearchQuality): string {
  const line = (label: string, s: QualityScore) =>
    `${label.padEnd(12)} precision ${pct(s.precision).padStart(6)} (${s.correct}/${s.listed})  recall ${pct(s.recall).padStart(6)} (${s.correct}/${s.expected})  ` +
    `first result holds it ${s.landed}/${s.answerable}  nothing listed for absent words ${s.silent}/${s.absent}`;
  const rows = [
    `search quality on ${quality.queries.length} queries (${QUERY_SET}); expected paragraphs derived from the text:`,
    line('before', quality.before),
    line('after', quality.after),
    'by kind (before → after):',
    ...Object.entries(quality.byKind).map(
      ([kind, { before, after }]) =>
        `  ${kind.padEnd(12)} precision ${pct(before.precision)} → ${pct(after.precision)}, recall ${pct(before.recall)} → ${pct(after.recall)}, ` +
        `landing ${before.landed}/${before.answerable} → ${after.landed}/${after.answerable}`,
    ),
  ];
  return rows.join('\n');
}
