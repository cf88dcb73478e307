// The built site as a static host serves it, written as WARC 1.1 records (ISO 28500:2017) with warcio, and indexed as CDXJ.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { CDXIndexer, WARCRecord, WARCSerializer } from 'warcio';
import { pagePaths } from '../../src/integrations/postbuild/headers.ts';
import { headersFor, type HeaderRule } from './headers-file.ts';

/** The address a site built without `SITE_URL` is archived at: `.invalid` never resolves (RFC 2606), so no one takes it for the real one. */
export const PLACEHOLDER_SITE_URL = 'https://site-url-not-set.invalid/';

/** The file of the site a host reads for its headers rather than serving it. */
export const HEADERS_FILE = '_headers';

/** A file of the built site: its path under `dist/` and its bytes. */
export interface SiteFile {
  path: string;
  bytes: Uint8Array;
}

/** One response of a static host: the address asked for, the status, the headers sent and the body. */
export interface ServedResponse {
  url: string;
  status: number;
  headers: [string, string][];
  body: Uint8Array;
}

// A Map, not an object: an extension such as `constructor` must not find Object.prototype's members.
const TYPES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    html: 'text/html; charset=utf-8',
    css: 'text/css; charset=utf-8',
    js: 'text/javascript; charset=utf-8',
    json: 'application/json',
    svg: 'image/svg+xml',
    png: 'image/png',
    txt: 'text/plain; charset=utf-8',
    xml: 'application/xml',
    wasm: 'application/wasm',
    webmanifest: 'application/manifest+json',
    woff2: 'font/woff2',
    ico: 'image/x-icon',
  }),
);

/** The Content-Type a static host gives a file, by its extension (`application/octet-stream` for Pagefind's index files and the unknown). */
export function contentType(path: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  return TYPES.get(extension) ?? 'application/octet-stream';
}

/** The WARC-Date form of a moment: UTC, to the second. */
export function warcDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The absolute address of a path of the site (`/vanguard/`) when the site is served at `siteUrl` (which may have a folder). */
export function siteAddress(siteUrl: string, path: string): string {
  const base = new URL(siteUrl);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return new URL(path.replace(/^\//, ''), base).href;
}

/**
 * Every response a static host serving `files` at `siteUrl` gives: status 200 with the content type, length and date, then
 * the headers `_headers` gives that path. A page answers at both its addresses (`/vanguard/` and `/vanguard/index.html`);
 * `_headers` itself is read by the host, not served. Sorted by URL.
 */
export function servedResponses(files: readonly SiteFile[], rules: readonly HeaderRule[], siteUrl: string, date: Date): ServedResponse[] {
  return files
    .filter((file) => file.path !== HEADERS_FILE)
    .flatMap((file) =>
      pagePaths(file.path).map((path) => ({
        url: siteAddress(siteUrl, path),
        status: 200,
        headers: [
          ['Content-Type', contentType(file.path)],
          ['Content-Length', String(file.bytes.length)],
          ['Date', date.toUTCString()],
          ...headersFor(rules, path),
        ] as [string, string][],
        body: file.bytes,
      })),
    )
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** A WARC-Record-ID derived from what the record holds, never random: a UUID (version 8, RFC 9562) from the SHA-256 of the parts. */
export function recordId(...parts: readonly string[]): string {
  const hex = createHash('sha256').update(parts.join('\n')).digest('hex');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `<urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}>`;
}

/** The SHA-256 digest of bytes as WARC and WACZ write it: `sha256:` and hex. */
export function sha256(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

const REASONS: Readonly<Record<number, string>> = { 200: 'OK', 404: 'Not Found' };

/** One record serialised by warcio (which adds Content-Length and the block and payload digests), gzipped as a member of its own. */
async function gzippedRecord(record: WARCRecord): Promise<Uint8Array> {
  return gzipSync(await WARCSerializer.serialize(record, { gzip: false }), { level: 9 });
}

/** What the warcinfo record says: the WARC's file name and its fields (`software`, `description` …), in order, each on one line. */
export interface WarcInfo {
  filename: string;
  fields: Readonly<Record<string, string>>;
}

/**
 * A whole `.warc.gz`: the warcinfo record, then a `response` record per served response, each record gzipped on its own
 * so replay can read one from its offset. Dated `date`; ids derived from the content, so the same site gives the same bytes.
 */
export async function warcFile(info: WarcInfo, responses: readonly ServedResponse[], date: Date): Promise<Uint8Array> {
  const when = warcDate(date);
  // A field is one line: a line break inside a value would start a field of its own.
  const entries = Object.entries(info.fields).map(([name, value]) => [name, value.replace(/\s*[\r\n]+\s*/g, ' ')] as const);
  const fields = entries.map(([name, value]) => `${name}: ${value}`).join('\n');
  const members = [
    await gzippedRecord(
      WARCRecord.createWARCInfo(
        {
          filename: info.filename,
          date: when,
          warcVersion: 'WARC/1.1',
          warcHeaders: { 'WARC-Record-ID': recordId(info.filename, fields) },
        },
        Object.fromEntries(entries),
      ),
    ),
  ];
  for (const response of responses) {
    const record = WARCRecord.create(
      {
        url: response.url,
        date: when,
        type: 'response',
        warcVersion: 'WARC/1.1',
        warcHeaders: { 'WARC-Record-ID': recordId(response.url, sha256(response.body)) },
        statusline: `HTTP/1.1 ${response.status} ${REASONS[response.status] ?? ''}`.trimEnd(),
        httpHeaders: response.headers,
      },
      [response.body],
    );
    members.push(await gzippedRecord(record));
  }
  return Buffer.concat(members);
}

/** The CDXJ index of a `.warc.gz` (warcio's indexer, one line per response, sorted), naming the WARC `filename`. */
export async function cdxjIndex(warc: Uint8Array, filename: string): Promise<string> {
  const indexer = new CDXIndexer({ format: 'cdxj' });
  const lines: string[] = [];
  for await (const entry of indexer.iterIndex([{ filename, reader: toAsync(warc) }])) lines.push(indexer.serialize(entry));
  return lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('');
}

async function* toAsync(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}
