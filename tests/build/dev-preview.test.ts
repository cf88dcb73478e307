import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/harness/browser.ts';
import { STATUS_PATH } from '@/lib/check/error-page.ts';
import { makeFixture, type Fixture } from '../support/fixture.ts';
import { childOutput } from '../support/child.ts';

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Polls `url` until it answers, or fails after `timeout` ms with what the dev server printed. */
async function waitForServer(url: string, timeout: number, output: () => string): Promise<void> {
  const until = Date.now() + timeout;
  let last = 0;
  while (Date.now() < until) {
    const answered = await fetch(url, { headers: { accept: 'text/html' } }).then(
      (response) => response.status,
      () => 0,
    );
    if (answered === 200) return;
    last = answered;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`the dev server did not answer ${url} with 200 within ${timeout / 1000} s (last status ${last}):\n${output()}`);
}

let fixture: Fixture | undefined;
let dev: ChildProcess | undefined;
let browser: Browser | undefined;
let base = '';
let printed = '';

beforeAll(async () => {
  fixture = makeFixture();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // Its own process group, so that the server and whatever it starts stop together.
  // As an editor starts it: without the test runner's own variables (NODE_ENV=test would change how Vite serves).
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(name)));
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: fixture.dir,
    env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
    detached: true,
  });
  dev.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  dev.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  [browser] = await Promise.all([launchChromium(), waitForServer(`${base}/vanguard/`, 240_000, () => printed)]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  fixture?.remove();
});

/**
 * Opens `path` and waits until its live-reload client has connected to the dev server: a file changed before then would
 * reload nothing (on a busy machine the connection can come seconds after the page has loaded).
 */
async function openLive(page: Page, path: string): Promise<void> {
  const connected = page.waitForEvent('console', { predicate: (message) => message.text().includes('[vite] connected'), timeout: 90_000 });
  await page.goto(`${base}${path}`);
  await connected.catch(() => {
    throw new Error(`the page ${path} never said its live-reload client had connected, after 90 s`);
  });
}

/** Polls the dev server's content-check status until `wanted` holds of its problem count, or fails after 90 s saying `what`. */
async function untilServer(wanted: (problems: number) => boolean, what: string): Promise<void> {
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    const status = (await fetch(`${base}${STATUS_PATH}`).then((r) => r.json())) as { problems: number };
    if (wanted(status.problems)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the dev server never ${what}, after 90 s:\n${printed.slice(-2000)}`);
}

/** Waits until the page shows the content check's error page, and returns its text. */
async function problemsShown(page: Page): Promise<string> {
  await page.waitForSelector('#content-problems', { timeout: 90_000 });
  return page.locator('main').innerText();
}

describe('the dev preview shows a content mistake where the editor looks, and recovers by itself', () => {
  it('shows a glossary indentation slip in the browser, naming content/glossary.yaml, then the page again once it is fixed', async () => {
    const page = await browser!.newPage({ viewport: { width: 375, height: 800 } });
    await openLive(page, '/vanguard/');
    await page.waitForSelector('#vanguard-4', { timeout: 60_000 });

    const glossary = join(fixture!.dir, 'content/glossary.yaml');
    const good = readFileSync(glossary, 'utf8');
    writeFileSync(glossary, good.replace('\n  term: ', '\n   term: '));
    // The open page reloads by itself and lists the mistake, at the file, line and column the terminal names.
    const shown = await problemsShown(page);
    expect(shown).toContain('content/glossary.yaml:8:1: 缩进不对：这一行缩进了 3 个空格');
    expect(shown).toContain('Wrong indentation: this line is indented 3 spaces');
    expect(shown).not.toMatch(/vanguard\.mdx|MDXError/);
    // For a person to look at: the error page at a phone's width.
    await page.screenshot({ path: join(tmpdir(), 'tongzhou-dev-error.png'), fullPage: true });

    writeFileSync(glossary, good);
    await page.waitForSelector('#vanguard-4', { timeout: 90_000 });
    expect(await page.locator('h1').innerText()).toContain('当先锋');
    await page.close();
  });

  it('names a part saved as GBK as itself, not the errata file', async () => {
    await untilServer((problems) => problems === 0, 'came back clean from the previous test');
    const page = await browser!.newPage();
    await openLive(page, '/organizing/');
    const part = join(fixture!.dir, 'content/article/vanguard.mdx');
    const good = readFileSync(part);
    writeFileSync(part, childOutput('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: good }));
    await untilServer((problems) => problems > 0, 'noticed the file saved as GBK');
    // What this test holds is the file named; that an open page reloads by itself is the test above's. In two runs of
    // seven the page missed the server's reload just after the previous test's, so after 30 s it is opened again.
    const reloaded = await page.waitForSelector('#content-problems', { timeout: 30_000 }).then(
      () => true,
      () => false,
    );
    if (!reloaded) await page.goto(`${base}/organizing/`);
    const shown = await problemsShown(page);
    expect(shown).toContain('content/article/vanguard.mdx:4:1: 这个文件不是 UTF-8 编码，看起来是 GBK/GB18030');
    expect(shown).not.toContain('errata.yaml');
    writeFileSync(part, good);
    await page.waitForSelector('#organizing-1', { timeout: 90_000 });
    await page.close();
  });
});
