// npm run bench: builds the site, then measures it on 127.0.0.1 in headless Chromium and prints one table.
// Build time (Astro and the Pagefind index separately), every page's bytes by type (raw and gzip) and request
// count, Lighthouse (mobile) scores with LCP, CLS and TBT, search latency and bytes, and search quality on the query
// set (precision, recall, first-result landing, before and after the phrase layer). Writes the same as JSON
// to bench/reports/. Also the mutation score per domain folder, from Stryker's committed incremental state (a full
// mutation pass takes too long for CI; `npm run test:mutation` updates the state). Timings vary with the machine and its load; tests assert bytes and scores, never time.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { htmlPaths } from '../src/integrations/postbuild/html-files.ts';
import { launchChromium } from './harness/browser.ts';
import { runLighthouse, type LighthouseResult } from './harness/lighthouse.ts';
import { formatMutationScores, MUTATION_STATE, mutationScores, type MutationReport } from './harness/mutation-score.ts';
import { layoutShift, timeSearch, total, weigh, type PageWeight, type SearchTiming } from './harness/measure.ts';
import { serveSite } from './harness/server.ts';
import { formatSearchQuality, measureSearchQuality, type SearchQuality } from './search-quality.ts';

const LIGHTHOUSE_PAGES = ['', 'vanguard/', 'search/'];
const SEARCH_TERMS = ['637', '下沉干部', '殷忠龙', '志愿者', '莲花寺'];
const step = (message: string) => process.stderr.write(`› ${message}\n`);

/** Runs `astro build`, timing the whole and reading the Pagefind step's share from its log lines' timestamps. */
async function build(): Promise<{ totalMs: number; indexMs: number }> {
  const started = performance.now();
  let indexStart = 0;
  let indexEnd = 0;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { env: { ...process.env, NO_COLOR: '1' } });
    const watch = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (line.includes('[relative-links]')) indexStart = performance.now();
        if (line.includes('[pagefind-index]')) indexEnd = performance.now();
      }
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro build exited with ${code}`))));
  });
  return { totalMs: performance.now() - started, indexMs: indexEnd > indexStart && indexStart > 0 ? indexEnd - indexStart : Number.NaN };
}

/** Every built page, as its URL path under the site root. */
function pages(dir = 'dist'): string[] {
  return htmlPaths(dir).map((path) => path.replace(/index\.html$/, ''));
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '–');

step('building');
const built = await build();
step(`built in ${(built.totalMs / 1000).toFixed(1)} s`);

const site = await serveSite('dist');
const browser = await launchChromium();
const weights: Record<string, PageWeight & { cls: number }> = {};
let search: SearchTiming;
let traditional: SearchTiming;
let quality: SearchQuality;
try {
  for (const path of pages()) {
    step(`weighing /${path}`);
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    const weight = await weigh(page, () => page.goto(site.url + path));
    weights[path] = { ...weight, cls: (await layoutShift(page)).score };
    await context.close();
  }
  step('timing search (cold, then warm)');
  search = await timeSearch(browser, `${site.url}search/`, SEARCH_TERMS);
  step('timing a first search in traditional characters (it loads the converter)');
  traditional = await timeSearch(browser, `${site.url}search/`, ['黨員', '志願者']);
  step('search quality on the query set, before and after the phrase layer');
  quality = await measureSearchQuality(browser, site.url);
} finally {
  await browser.close();
}
step(`Lighthouse (mobile) on ${LIGHTHOUSE_PAGES.map((p) => `/${p}`).join(', ')}`);
let lighthouse: LighthouseResult[] = [];
try {
  lighthouse = await runLighthouse(LIGHTHOUSE_PAGES.map((p) => site.url + p));
} finally {
  await site.close();
}

const rows = Object.entries(weights).map(([path, w]) => {
  const lh = lighthouse.find((r) => r.url === site.url + path);
  return [
    `/${path}`,
    kb(w.raw.html),
    kb(w.raw.css),
    kb(w.raw.js),
    kb(w.raw.font),
    kb(w.raw.image),
    kb(total(w.raw)),
    kb(total(w.gzip)),
    String(w.requests),
    lh ? `${lh.scores.performance}/${lh.scores.accessibility}/${lh.scores['best-practices']}/${lh.scores.seo}` : '',
    lh ? ms(lh.lcpMs) : '',
    lh ? lh.cls.toFixed(3) : w.cls.toFixed(3),
    lh ? ms(lh.tbtMs) : '',
  ];
});
const header = ['page', 'HTML', 'CSS', 'JS', 'font', 'img', 'total KB', 'gzip KB', 'req', 'LH perf/a11y/bp/seo', 'LCP ms', 'CLS', 'TBT ms'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');

console.log(
  `\nbuild: ${(built.totalMs / 1000).toFixed(1)} s in all; Pagefind index ${ms(built.indexMs)} ms; Astro and the other steps ${ms(built.totalMs - built.indexMs)} ms\n`,
);
console.log(line(header));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
console.log(
  `\nsearch (/search/, headless Chromium, loopback): first search on a cold page ${ms(search.coldMs)} ms from typing to results shown ` +
    `(120 ms debounce included); later searches ${search.warmMs.map(ms).join(', ')} ms.\n` +
    `the search alone (Pagefind, the phrase layer and drawing, no debounce): cold ${ms(search.searchColdMs)} ms; warm ${search.searchWarmMs.map(ms).join(', ')} ms.\n` +
    `Pagefind alone (its API, fresh page): cold ${ms(search.engineColdMs)} ms; warm ${search.engineWarmMs.map(ms).join(', ')} ms.\n` +
    `bytes fetched for the search page and a first search: ${kb(search.firstSearchBytes)} KB transferred (gzip) in ${search.firstSearchRequests} requests; ` +
    `with a first search in traditional characters (黨員, loading the converter): ${kb(traditional.firstSearchBytes)} KB in ${traditional.firstSearchRequests} requests, ` +
    `the search alone ${ms(traditional.searchColdMs)} ms.\n`,
);
console.log(formatSearchQuality(quality));

const mutation = mutationScores(JSON.parse(readFileSync(MUTATION_STATE, 'utf8')) as MutationReport);
console.log(
  `\nmutation score per folder (from ${MUTATION_STATE}, as of the last \`npm run test:mutation\`):\n${formatMutationScores(mutation)}`,
);

mkdirSync('bench/reports', { recursive: true });
const report = `bench/reports/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(report, JSON.stringify({ build: built, pages: weights, lighthouse, search, traditional, quality, mutation }, null, 2));
console.log(`\nreport: ${report}`);
