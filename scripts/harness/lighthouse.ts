import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from './browser.ts';

/** Lighthouse's four category scores (0–100) and the web vitals it measured, for one page. */
export interface LighthouseResult {
  url: string;
  scores: { performance: number; accessibility: number; 'best-practices': number; seo: number };
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Audits that did not score 1, with their titles, for a readable failure. */
  failing: string[];
}

/** Runs Lighthouse (mobile, default throttling) on each URL in one local Chromium. */
export async function runLighthouse(urls: string[], colorScheme: 'light' | 'dark' = 'light'): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: [...CHROMIUM_ARGS, `--blink-settings=preferredColorScheme=${colorScheme === 'dark' ? 0 : 1}`],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const url of urls) {
      const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = run;
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const failing = Object.values(lhr.categories).flatMap((category) =>
        category.auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${category.id}: ${ref.id} (${lhr.audits[ref.id]?.title ?? ''})`),
      );
      results.push({
        url,
        scores: {
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best-practices': score('best-practices'),
          seo: score('seo'),
        },
        lcpMs: numeric('largest-contentful-paint'),
        cls: numeric('cumulative-layout-shift'),
        tbtMs: numeric('total-blocking-time'),
        failing,
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
