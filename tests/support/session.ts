import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, openPage } from '../../scripts/harness/browser.ts';
import { serveSite, type SiteServer } from '../../scripts/harness/server.ts';

/** A test file's headless Chromium and the built site served on a loopback port (at `prefix`), and a way to open its pages. */
export interface BrowserSession {
  readonly browser: Browser;
  readonly site: SiteServer;
  /** Opens a page of the served site, recording errors and requests that leave it. */
  open(context: BrowserContext, path: string): ReturnType<typeof openPage>;
}

/** Starts Chromium and serves `dist/` before the calling file's tests, and closes both after them. */
export function useBrowserSession(prefix = '/'): BrowserSession {
  let browser: Browser | undefined;
  let site: SiteServer | undefined;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launchChromium(), serveSite('dist', prefix)]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser session starts in beforeAll: use it inside a test or hook');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get site() {
      return started(site);
    },
    open(context, path) {
      return openPage(context, started(site).url, path);
    },
  };
}
