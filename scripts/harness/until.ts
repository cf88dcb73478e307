import type { Page } from 'playwright-core';

/** How long the tests and the bench wait for a condition in a page before they fail, on a machine as busy as CI's. */
export const WAIT_MS = 30_000;

/**
 * Waits until `condition(arg)` is true in the page; otherwise fails after `WAIT_MS` naming `what` it waited for, so a
 * failure says what did not happen, not only that a wait ran out.
 */
export async function until<A>(page: Page, what: string, condition: (arg: A) => unknown, arg: A): Promise<void> {
  await page.waitForFunction(condition as (arg: unknown) => unknown, arg, { timeout: WAIT_MS }).catch((error: Error) => {
    throw new Error(`after ${WAIT_MS / 1000} s on ${page.url()}, still waiting for ${what} (${error.message.split('\n')[0]})`);
  });
}

/** Waits until the search page says it has drawn the results of `query`. */
export function untilSearched(page: Page, query: string): Promise<void> {
  return until(
    page,
    `the search page to draw its results for “${query}”`,
    (q) => document.getElementById('search-ui')?.dataset['searched'] === q,
    query,
  );
}
