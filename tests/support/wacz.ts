import { gunzipSync, gzipSync } from 'node:zlib';
import { renderHeaders } from '../../src/integrations/postbuild/headers.ts';
import { cdxjIndex, type SiteFile } from '../../scripts/archive/warc.ts';
import { packWacz, siteWacz, WACZ_PATHS, type WaczMeta, type WaczParts } from '../../scripts/archive/wacz.ts';
import { readZip, recordSpans } from '../../scripts/archive/wacz-verify.ts';

const encode = (text: string) => new TextEncoder().encode(text);

/** The date the fixture site is archived at: a commit date in Beijing time. */
export const FIXTURE_DATE = new Date('2024-05-06T07:08:09+08:00');

/** Where the fixture site is served: in a folder, as SITE_URL may say. */
export const FIXTURE_URL = 'https://example.org/archive/tongzhou/';

const page = (title: string, main: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'none'; style-src 'self'"><title>${title}</title><link rel="stylesheet" href="../style.css"></head>` +
  `<body><nav><a href="index.html">导语</a></nav><main id="main">${main}</main><script>console.log("not text")</script></body></html>`;

/** A small built site: two pages (one in a folder), a stylesheet, and the `_headers` the build writes for them. */
export function fixtureSite(): SiteFile[] {
  const pages = [
    {
      file: 'index.html',
      html: page('党旗 · 首页', '<h1>党旗在副中心</h1><p id="lede-1">通州区<a href="#lede-1" data-pagefind-ignore>¶</a></p>'),
    },
    {
      file: 'vanguard/index.html',
      html: page('当先锋', '<h1>当先锋</h1><p id="vanguard-4">第四段<b>加粗</b>文字。</p><p>Second paragraph.</p>'),
    },
  ];
  return [
    { path: '_headers', bytes: encode(renderHeaders(pages.map(({ file }) => ({ file, csp: "default-src 'none'; style-src 'self'" })))) },
    ...pages.map(({ file, html }) => ({ path: file, bytes: encode(html) })),
    { path: 'style.css', bytes: encode('html { background: rgb(251, 248, 243); }\n') },
  ];
}

/** What the fixture's `datapackage.json` says besides its resources. */
export const FIXTURE_META: WaczMeta = {
  title: 'Fixture site',
  description: 'A test site.',
  software: 'tests/support/wacz.ts',
  created: '2024-05-05T23:08:09Z',
  mainPageUrl: FIXTURE_URL,
};

/** The fixture site's WACZ and its parts. */
export function fixtureWacz() {
  const { title, description, software } = FIXTURE_META;
  return siteWacz({
    files: fixtureSite(),
    siteUrl: FIXTURE_URL,
    date: FIXTURE_DATE,
    info: { software, description },
    meta: { title, description, software },
  });
}

/** The parts of a WACZ and what its `datapackage.json` says, to put together again after breaking one. */
export async function unpack(wacz: Uint8Array): Promise<{ parts: WaczParts; meta: WaczMeta }> {
  const files = await readZip(wacz);
  const text = (path: string) => files.get(path)?.bytes.toString('utf8') ?? '';
  const meta = JSON.parse(text(WACZ_PATHS.datapackage)) as WaczMeta;
  return {
    parts: {
      warc: files.get(WACZ_PATHS.warc)?.bytes ?? new Uint8Array(),
      cdxj: text(WACZ_PATHS.index),
      pagesJsonl: text(WACZ_PATHS.pages),
    },
    meta,
  };
}

/** Packs parts again, with a fresh `datapackage.json`: as someone would who changed a part and covered their tracks. */
export function repack(parts: WaczParts, meta: WaczMeta): Promise<Uint8Array> {
  return packWacz(parts, meta, new Date(meta.created));
}

/** Each record of a `.warc.gz`, decompressed, with its URL (empty for warcinfo). */
export async function records(warc: Uint8Array): Promise<{ url: string; raw: Buffer }[]> {
  return (await recordSpans(warc)).map(({ offset, length }) => {
    const raw = gunzipSync(warc.subarray(offset, offset + length));
    return { url: /\r\nWARC-Target-URI: (\S+)\r\n/.exec(raw.toString('latin1'))?.[1] ?? '', raw };
  });
}

/** A `.warc.gz` of these records, each gzipped on its own as `npm run archive` does (so records left alone keep their bytes). */
export function warcOf(list: readonly { raw: Buffer }[]): Uint8Array {
  return Buffer.concat(list.map(({ raw }) => gzipSync(raw, { level: 9 })));
}

/** The WARC with the record of `url` changed by `change` (its digests left as they were), and an index rebuilt to match. */
export async function alterRecord(parts: WaczParts, url: string, change: (raw: Buffer) => Buffer): Promise<WaczParts> {
  const list = await records(parts.warc);
  if (!list.some((record) => record.url === url)) throw new Error(`no record of ${url}`);
  const warc = warcOf(list.map((record) => (record.url === url ? { raw: change(record.raw) } : record)));
  return { ...parts, warc, cdxj: await cdxjIndex(warc, 'data.warc.gz') };
}

/** The WARC without the record of `url`; with `reindex`, an index rebuilt to match, else the old one (whose offsets no longer hold). */
export async function dropRecord(parts: WaczParts, url: string, reindex: boolean): Promise<WaczParts> {
  const list = await records(parts.warc);
  if (!list.some((record) => record.url === url)) throw new Error(`no record of ${url}`);
  const warc = warcOf(list.filter((record) => record.url !== url));
  return { ...parts, warc, cdxj: reindex ? await cdxjIndex(warc, 'data.warc.gz') : parts.cdxj };
}

/** The same bytes with the first occurrence of `from` replaced by `to` (same length, so nothing else moves). */
export function replaceBytes(raw: Buffer, from: string, to: string): Buffer {
  if (Buffer.byteLength(from) !== Buffer.byteLength(to)) throw new Error('replaceBytes keeps the length');
  const at = raw.indexOf(from);
  if (at < 0) throw new Error(`“${from}” is not in the record`);
  return Buffer.concat([raw.subarray(0, at), Buffer.from(to), raw.subarray(at + Buffer.byteLength(from))]);
}
