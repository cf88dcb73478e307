import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl, fileGet, httpGet, type CrawlReport } from '../support/crawl.ts';
import { PAGES } from '../support/dist.ts';
import { EN_PAGES } from '../support/english.ts';
import { serveSite, type SiteServer } from '../../scripts/harness/server.ts';

/** The vocabularies pages name by URL (Dublin Core schemas); they are identifiers, not links to follow. */
const VOCABULARIES = /^https?:\/\/purl\.org\/dc\//;

function htmlPages(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = dir ? `${dir}/${name}` : name;
    if (statSync(join(root, path)).isDirectory()) return htmlPages(root, path);
    return path.endsWith('.html') ? [path] : [];
  });
}

/** Every page of dist/ as its URL under `root`: folders' index.html as the folder, except where links name the file. */
const pages = htmlPages('dist').filter((path) => path !== '404.html');

it('crawls every page the site is known to build: reading, companion, search, about, parallel and English pages', () => {
  expect(pages).toEqual(expect.arrayContaining([...PAGES.filter((path) => path !== '404.html'), ...EN_PAGES]));
});

function expectClean(report: CrawlReport, root: string) {
  expect(report.broken).toEqual([]);
  expect(report.outside.filter((url) => !VOCABULARIES.test(url))).toEqual([]);
  // Every page of the build is reached by following links from the home page.
  const reached = new Set(report.pages.map((url) => url.slice(root.length).replace(/(^|\/)$/, '$1index.html')));
  for (const page of pages) expect(reached, page).toContain(page);
  expect(report.fragments).toBeGreaterThan(0);
}

describe.each([
  ['at the root', '/'],
  ['under a subpath', '/archive/tongzhou/'],
])('served %s, every link, asset and #fragment resolves', (_name, prefix) => {
  let site: SiteServer;
  beforeAll(async () => {
    site = await serveSite('dist', prefix);
  });
  afterAll(() => site?.close());

  it('from the home page and from the 404 page', async () => {
    const report = await crawl(
      site.url,
      [
        { url: site.url, status: 200 },
        { url: `${site.url}no-such-page`, status: 404 },
      ],
      httpGet,
    );
    expectClean(report, site.url);
    console.info(`served at ${prefix}: ${report.pages.length} pages, ${report.links} links, ${report.fragments} fragments, 0 broken`);
  });
});

describe('opened from disk (file://)', () => {
  it('every link names a file that exists, not a folder, and every #fragment resolves', async () => {
    const root = pathToFileURL(resolve('dist')).href + '/';
    const report = await crawl(root, [{ url: `${root}index.html`, status: 200 }], fileGet);
    expectClean(report, root);
    console.info(`file://: ${report.pages.length} pages, ${report.links} links, ${report.fragments} fragments, 0 broken`);
  });
});

describe('the link checker', () => {
  it('finds a missing page, asset or fragment and, from disk, a link to a folder, and reads no link in a script', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongzhou-links-'));
    try {
      mkdirSync(join(dir, 'a'));
      writeFileSync(join(dir, 'a', 'index.html'), '<p id="here">a</p>');
      writeFileSync(
        join(dir, 'index.html'),
        '<a href="./a/index.html#here">ok</a><a href="./a/index.html#gone">x</a><a href="./missing.html">y</a><a href="./a/">z</a>' +
          // A script's source is an asset to check; a template inside a script is not a link of the page.
          '<script type="module" src="./missing.js"></script><script type="text/x-template"><a href="{{ url }}">t</a></script>',
      );
      const root = pathToFileURL(dir).href + '/';
      const report = await crawl(root, [{ url: `${root}index.html`, status: 200 }], fileGet);
      expect(report.broken).toEqual([
        `${root}index.html → ./a/index.html#gone: no element with id “gone”`,
        `${root}index.html → ./missing.html: status 404`,
        `${root}index.html → ./a/: status 403`,
        `${root}index.html → ./missing.js: status 404`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
