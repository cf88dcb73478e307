import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../scripts/archive/warc.ts';
import {
  datapackageDigestJson,
  datapackageJson,
  pageId,
  pagesJsonl,
  pageSummary,
  siteParts,
  WACZ_PATHS,
  zipEntries,
} from '../../../scripts/archive/wacz.ts';
import { readZip } from '../../../scripts/archive/wacz-verify.ts';
import { FIXTURE_URL, fixtureWacz } from '../../support/wacz.ts';
import { runChild } from '../../support/child.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('the page list', () => {
  it('takes a page’s title, and the text of its main element without scripts, styles or ¶ links', () => {
    const html =
      '<html><head><title> 当先锋 · 党旗 </title><style>p{}</style></head><body><nav>导语</nav><main>' +
      '<h1>当先锋</h1><p id="v-4">第四段<b>加粗</b>文字。<a href="#v-4" data-pagefind-ignore>¶</a></p><p>Second\n   paragraph.</p>' +
      '<script>var x = "not text";</script></main><footer>页脚</footer></body></html>';
    expect(pageSummary(html)).toEqual({ title: '当先锋 · 党旗', text: '当先锋 第四段加粗文字。 Second paragraph.' });
  });

  it('keeps the text of a region Pagefind ignores (the parallel text), dropping only its ¶ links', () => {
    const html =
      '<title>对照</title><main><article data-pagefind-ignore="all"><p id="a-1">中文<a href="#a-1" data-pagefind-ignore="">¶</a></p>' +
      '<p>English<a href="../vanguard/#a-1" data-pagefind-ignore="">link</a></p></article></main>';
    expect(pageSummary(html).text).toBe('中文 Englishlink');
  });

  it('falls back to the body when a page has no main element, and to an empty title', () => {
    expect(pageSummary('<body><p>一</p><p>二</p></body>')).toEqual({ title: '', text: '一 二' });
    // The body, not the whole document: the title in the head is not text of the page.
    expect(pageSummary('<title>标题</title><body><p>一</p></body>')).toEqual({ title: '标题', text: '一' });
  });

  it('leaves out styles, noscript fallbacks, templates and comments, but keeps links to the page that Pagefind does not ignore', () => {
    const html =
      '<title>T</title><main><p>一<style>p{}</style><noscript>无脚本</noscript><template>模板</template></p><!-- 注释 -->' +
      '<p><a href="#top">回到顶部</a> <span href="#x" data-pagefind-ignore>留下</span></p></main>';
    expect(pageSummary(html)).toEqual({ title: 'T', text: '一 回到顶部 留下' });
  });

  it('takes the text of the whole document when a page has no body (a frameset), without its doctype', () => {
    expect(pageSummary('<!DOCTYPE html><title>框架</title><frameset><frame src="a.html"></frameset>')).toEqual({
      title: '框架',
      text: '框架',
    });
  });

  it('writes the json-pages-1.0 header, then each page with a stable id, its URL, date, title and text', () => {
    const text = pagesJsonl([{ url: 'https://example.org/', title: 'T', text: '正文' }], new Date('2024-05-06T07:08:09+08:00'));
    expect(text.split('\n')).toEqual([
      '{"format":"json-pages-1.0","id":"pages","title":"All Pages"}',
      `{"id":"${pageId('https://example.org/')}","url":"https://example.org/","ts":"2024-05-05T23:08:09Z","title":"T","text":"正文"}`,
      '',
    ]);
    expect(pageId('https://example.org/')).toMatch(/^[0-9a-f]{16}$/);
    expect(pageId('https://example.org/a/')).not.toBe(pageId('https://example.org/'));
  });
});

describe('datapackage.json', () => {
  it('lists every resource with its name, path, SHA-256 and size, and says what the package is', () => {
    const resources = [
      { path: 'archive/data.warc.gz', bytes: encode('warc') },
      { path: 'pages/pages.jsonl', bytes: encode('pages\n') },
    ];
    const meta = { title: 'T', description: 'D', software: 'S 1.0', created: '2024-05-05T23:08:09Z', mainPageUrl: 'https://example.org/' };
    const pkg = JSON.parse(datapackageJson(resources, meta)) as Record<string, unknown>;
    expect(pkg).toEqual({
      profile: 'data-package',
      wacz_version: '1.1.1',
      title: 'T',
      description: 'D',
      created: '2024-05-05T23:08:09Z',
      modified: '2024-05-05T23:08:09Z',
      software: 'S 1.0',
      mainPageUrl: 'https://example.org/',
      mainPageDate: '2024-05-05T23:08:09Z',
      resources: [
        { name: 'data.warc.gz', path: 'archive/data.warc.gz', hash: `sha256:${hex(encode('warc'))}`, bytes: 4 },
        { name: 'pages.jsonl', path: 'pages/pages.jsonl', hash: `sha256:${hex(encode('pages\n'))}`, bytes: 6 },
      ],
    });
    const datapackage = encode(datapackageJson(resources, meta));
    expect(JSON.parse(datapackageDigestJson(datapackage))).toEqual({ path: 'datapackage.json', hash: sha256(datapackage) });
  });
});

describe('the zip', () => {
  const date = new Date('2024-05-06T07:08:09+08:00');

  it('stores the WARC as it is, so replay can seek into it, and deflates the rest', async () => {
    const warc = encode('x'.repeat(1000));
    const zip = await zipEntries(
      [
        { path: 'archive/data.warc.gz', bytes: warc },
        { path: 'pages/pages.jsonl', bytes: encode('y'.repeat(1000)) },
      ],
      date,
    );
    const files = await readZip(zip);
    expect([...files.keys()]).toEqual(['archive/data.warc.gz', 'pages/pages.jsonl']);
    expect(files.get('archive/data.warc.gz')).toEqual({ bytes: Buffer.from(warc), stored: true });
    expect(files.get('pages/pages.jsonl')?.stored).toBe(false);
    // Stored means the WARC's bytes stand in the zip as they are.
    expect(Buffer.from(zip).includes(Buffer.from(warc))).toBe(true);
  });

  it('dates each entry in DOS time only, with no extra timestamp field', async () => {
    const zip = Buffer.from(await zipEntries([{ path: 'a.txt', bytes: encode('a') }], new Date('2024-05-05T23:08:09Z')));
    // APPNOTE 4.3.7 and 4.3.12: 23:08:09 is 23 << 11 | 8 << 5 | 9 >> 1 = 0xb904, 2024-05-05 is (2024 - 1980) << 9 | 5 << 5 | 5
    // = 0x58a5, at offset 10 of the local header and 12 of the central directory record; the extra field's length is at
    // 28 of the one and 30 of the other, and would be 9 with Info-ZIP's “UT” timestamp.
    expect([...zip.subarray(10, 14)]).toEqual([0x04, 0xb9, 0xa5, 0x58]);
    expect([...zip.subarray(28, 30)]).toEqual([0, 0]);
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect([...zip.subarray(central + 12, central + 16)]).toEqual([0x04, 0xb9, 0xa5, 0x58]);
    expect([...zip.subarray(central + 30, central + 32)]).toEqual([0, 0]);
  });

  it('gives the same bytes in every time zone, even at an hour that a zone’s clock skips', () => {
    // 02:30 on 10 March 2024 does not exist in New York (clocks jump from 02:00 to 03:00).
    const script = `import { createHash } from 'node:crypto';
      import { zipEntries } from ${JSON.stringify(resolve('scripts/archive/wacz.ts'))};
      const zip = await zipEntries([{ path: 'a.txt', bytes: new TextEncoder().encode('a') }], new Date('2024-03-10T02:30:00Z'));
      console.log(createHash('sha256').update(zip).digest('hex'));`;
    const hashes = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Pacific/Chatham'].map((zone) => {
      const run = runChild(process.execPath, ['--input-type=module', '-e', script], {
        encoding: 'utf8',
        env: { ...process.env, TZ: zone },
      });
      expect(run.status, run.stderr).toBe(0);
      return run.stdout.trim();
    });
    expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(hashes).size).toBe(1);
  });
});

describe('the WACZ of a site', () => {
  it('holds the WARC, index, page list, datapackage.json and its digest, and is the same bytes each time', async () => {
    const first = await fixtureWacz();
    const files = await readZip(first.wacz);
    expect([...files.keys()].sort()).toEqual(Object.values(WACZ_PATHS).sort());
    expect(first.parts.pages.map((page) => [page.url, page.title])).toEqual([
      [FIXTURE_URL, '党旗 · 首页'],
      [`${FIXTURE_URL}vanguard/`, '当先锋'],
    ]);
    expect(first.parts.pages[0]!.text).toBe('党旗在副中心 通州区');
    expect(hex((await fixtureWacz()).wacz)).toBe(hex(first.wacz));
  });

  const page = (title: string) => encode(`<title>${title}</title><main><p>${title}</p></main>`);
  const spec = (files: { path: string; bytes: Uint8Array }[]) => ({ files, siteUrl: FIXTURE_URL, date: new Date(0), info: {} });

  it('lists pages sorted by URL, a page given twice in the order given, and serves the headers of _headers wherever it stands', async () => {
    const parts = await siteParts(
      spec([
        { path: 'vanguard/index.html', bytes: page('当先锋') },
        { path: 'index.html', bytes: page('首页') },
        { path: 'index.html', bytes: page('又一首页') },
        { path: 'style.css', bytes: encode('p {}') },
        { path: '_headers', bytes: encode('/*\n  X-Robots-Tag: noarchive\n') },
      ]),
    );
    expect(parts.pages).toEqual([
      { url: FIXTURE_URL, title: '首页', text: '首页' },
      { url: FIXTURE_URL, title: '又一首页', text: '又一首页' },
      { url: `${FIXTURE_URL}vanguard/`, title: '当先锋', text: '当先锋' },
    ]);
    expect(
      gunzipSync(parts.warc)
        .toString('utf8')
        .match(/X-Robots-Tag: [a-z]+/g),
    ).toHaveLength(7);
  });

  it('names dist/_headers and the line when _headers cannot be read', async () => {
    await expect(siteParts(spec([{ path: '_headers', bytes: encode('  X-Robots-Tag: noarchive\n') }]))).rejects.toThrow(
      /^dist\/_headers:1: header “X-Robots-Tag: noarchive” has no path above it/,
    );
  });
});
