import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { until, untilSearched, WAIT_MS } from '../../../scripts/harness/until.ts';

/** A stand-in page whose wait ends as `outcome` says, recording what it was asked to wait for. */
function pageThat(outcome: 'holds' | 'times out') {
  const asked: { arg: unknown; timeout: unknown }[] = [];
  const page = {
    url: () => 'http://127.0.0.1:4321/search/',
    waitForFunction: (_condition: unknown, arg: unknown, options: { timeout?: number }) => {
      asked.push({ arg, timeout: options.timeout });
      return outcome === 'holds'
        ? Promise.resolve()
        : Promise.reject(new Error('page.waitForFunction: Timeout 30000ms exceeded.\n=== logs ===\nmore'));
    },
  };
  return { page: page as unknown as Page, asked };
}

describe('until', () => {
  it('passes its argument on and always sets a limit', async () => {
    const { page, asked } = pageThat('holds');
    await until(page, 'anything', (n: number) => n > 0, 3);
    expect(asked).toEqual([{ arg: 3, timeout: WAIT_MS }]);
  });

  it('fails naming what it waited for, the page and the limit, with the first line of the browser’s reason', async () => {
    const { page } = pageThat('times out');
    await expect(until(page, 'the box to take the focus', () => false, null)).rejects.toThrow(
      'after 30 s on http://127.0.0.1:4321/search/, still waiting for the box to take the focus (page.waitForFunction: Timeout 30000ms exceeded.)',
    );
  });
});

describe('untilSearched', () => {
  it('names the query whose results never came', async () => {
    const { page, asked } = pageThat('times out');
    await expect(untilSearched(page, '党员')).rejects.toThrow('still waiting for the search page to draw its results for “党员”');
    expect(asked[0]?.arg).toBe('党员');
  });
});
