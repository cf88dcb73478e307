import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { WARCParser } from 'warcio';
import { parseHeadersFile } from '../../../scripts/archive/headers-file.ts';
import {
  cdxjIndex,
  contentType,
  PLACEHOLDER_SITE_URL,
  recordId,
  servedResponses,
  sha256,
  type ServedResponse,
  siteAddress,
  warcDate,
  warcFile,
} from '../../../scripts/archive/warc.ts';
import { FIXTURE_DATE, FIXTURE_URL, fixtureSite } from '../../support/wacz.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const rules = () => parseHeadersFile(new TextDecoder().decode(fixtureSite().find((file) => file.path === '_headers')!.bytes));

async function* once(bytes: Uint8Array) {
  yield bytes;
}

describe('the served site', () => {
  it('types files as a static host does', () => {
    expect(contentType('vanguard/index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('_astro/a.B1.CSS')).toBe('text/css; charset=utf-8');
    expect(contentType('og.png')).toBe('image/png');
    expect(contentType('pagefind/index/en_1.pf_index')).toBe('application/octet-stream');
    expect(contentType('_headers')).toBe('application/octet-stream');
    // `constructor` is Object.prototype's one lower-case member: an extension like any other.
    expect(['a.constructor', 'a.Constructor'].map(contentType)).toEqual(['application/octet-stream', 'application/octet-stream']);
  });

  it('gives each other kind of file the site holds its own type', () => {
    expect(['a.js', 'a.json', 'a.svg', 'a.txt', 'a.xml', 'a.wasm', 'a.webmanifest', 'a.woff2', 'a.ico', 'README'].map(contentType)).toEqual(
      [
        'text/javascript; charset=utf-8',
        'application/json',
        'image/svg+xml',
        'text/plain; charset=utf-8',
        'application/xml',
        'application/wasm',
        'application/manifest+json',
        'font/woff2',
        'image/x-icon',
        'application/octet-stream',
      ],
    );
  });

  it('dates records in UTC to the second, from a commit date in any zone', () => {
    expect(warcDate(new Date('2024-05-06T07:08:09+08:00'))).toBe('2024-05-05T23:08:09Z');
    expect(warcDate(new Date('2024-05-06T07:08:09.999Z'))).toBe('2024-05-06T07:08:09Z');
  });

  it('places paths under the site’s address, folder and all', () => {
    expect(siteAddress('https://example.org/archive/tongzhou/', '/vanguard/')).toBe('https://example.org/archive/tongzhou/vanguard/');
    expect(siteAddress('https://example.org/archive/tongzhou', '/')).toBe('https://example.org/archive/tongzhou/');
    expect(siteAddress(PLACEHOLDER_SITE_URL, '/en/vanguard/index.html')).toBe('https://site-url-not-set.invalid/en/vanguard/index.html');
    // Without its leading slash a path is still one under the site, every slash in it kept.
    expect(siteAddress('https://example.org/archive/tongzhou/', 'en/vanguard/')).toBe('https://example.org/archive/tongzhou/en/vanguard/');
  });

  it('answers each page at both its addresses, with its type, length, date and the headers of _headers; _headers itself is not served', () => {
    const responses = servedResponses(fixtureSite(), rules(), FIXTURE_URL, FIXTURE_DATE);
    expect(responses.map((response) => response.url)).toEqual([
      'https://example.org/archive/tongzhou/',
      'https://example.org/archive/tongzhou/index.html',
      'https://example.org/archive/tongzhou/style.css',
      'https://example.org/archive/tongzhou/vanguard/',
      'https://example.org/archive/tongzhou/vanguard/index.html',
    ]);
    const page = new Map(responses[3]!.headers);
    expect(page.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(page.get('Content-Length')).toBe(String(responses[3]!.body.length));
    expect(page.get('Date')).toBe('Sun, 05 May 2024 23:08:09 GMT');
    expect(page.get('X-Content-Type-Options')).toBe('nosniff');
    expect(page.get('Content-Security-Policy')).toBe("default-src 'none'; style-src 'self'; frame-ancestors 'none'");
    expect(responses[4]!.headers).toEqual(responses[3]!.headers);
    const css = new Map(responses[2]!.headers);
    expect(css.get('Content-Type')).toBe('text/css; charset=utf-8');
    expect(css.has('Content-Security-Policy')).toBe(false);
    expect(css.get('Referrer-Policy')).toBe('no-referrer');
  });

  it('derives record ids from what records hold: the same parts give the same UUID, other parts another', () => {
    const id = recordId('https://example.org/', 'sha256:00');
    expect(id).toMatch(/^<urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}>$/);
    expect(recordId('https://example.org/', 'sha256:00')).toBe(id);
    expect(recordId('https://example.org/', 'sha256:01')).not.toBe(id);
  });

  it('makes the record id a version 8 UUID of the SHA-256 of the parts joined by line breaks', () => {
    // SHA-256 of "https://example.org/\nsha256:00" is 0ac1b4e8581b49ab7a542f1d70e69f6a…: the 13th hex digit becomes the
    // version 8, and the 17th (7 = 0111) takes the variant bits 10 (1011 = b).
    expect(recordId('https://example.org/', 'sha256:00')).toBe('<urn:uuid:0ac1b4e8-581b-89ab-ba54-2f1d70e69f6a>');
    expect(recordId('a', 'bc')).not.toBe(recordId('ab', 'c'));
  });

  it('keeps a file given twice in the order it was given, each answering with its own length', () => {
    const files = [
      { path: 'a.txt', bytes: encode('first') },
      { path: 'a.txt', bytes: encode('second!') },
    ];
    const date = new Date('2024-05-05T23:08:09Z');
    expect(servedResponses(files, parseHeadersFile('/*\n  X-Content-Type-Options: nosniff\n'), 'https://example.org/', date)).toEqual([
      {
        url: 'https://example.org/a.txt',
        status: 200,
        headers: [
          ['Content-Type', 'text/plain; charset=utf-8'],
          ['Content-Length', '5'],
          ['Date', 'Sun, 05 May 2024 23:08:09 GMT'],
          ['X-Content-Type-Options', 'nosniff'],
        ],
        body: encode('first'),
      },
      {
        url: 'https://example.org/a.txt',
        status: 200,
        headers: [
          ['Content-Type', 'text/plain; charset=utf-8'],
          ['Content-Length', '7'],
          ['Date', 'Sun, 05 May 2024 23:08:09 GMT'],
          ['X-Content-Type-Options', 'nosniff'],
        ],
        body: encode('second!'),
      },
    ]);
  });
});

describe('the WARC file', () => {
  const make = async () =>
    warcFile(
      { filename: 'data.warc.gz', fields: { software: 'test 1.0', description: '常菁菁, 焦超超.\nsecond line' } },
      servedResponses(fixtureSite(), rules(), FIXTURE_URL, FIXTURE_DATE),
      FIXTURE_DATE,
    );

  it('holds a warcinfo record, then a response per address, with digests that match their bytes', async () => {
    const records = [];
    for await (const record of WARCParser.iterRecords(once(await make()))) {
      const payload = await record.readFully(false);
      records.push({
        type: record.warcType,
        url: record.warcTargetURI,
        headers: record.warcHeaders.headers,
        payload,
        http: record.httpHeaders,
      });
    }
    expect(records.map((record) => record.type)).toEqual(['warcinfo', 'response', 'response', 'response', 'response', 'response']);
    const info = records[0]!;
    expect(info.headers.get('WARC-Filename')).toBe('data.warc.gz');
    // A line break in a field's value would start a field of its own: it is folded into a space.
    expect(new TextDecoder().decode(info.payload)).toBe('software: test 1.0\r\ndescription: 常菁菁, 焦超超. second line\r\n');
    for (const record of records.slice(1)) {
      expect(record.headers.get('WARC-Date')).toBe('2024-05-05T23:08:09Z');
      expect(record.headers.get('WARC-Payload-Digest')).toBe(`sha256:${hex(record.payload)}`);
      expect(record.headers.get('WARC-Block-Digest')).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(record.headers.get('WARC-Record-ID')).toBe(recordId(record.url!, sha256(record.payload)));
      expect(record.http?.statusCode).toBe(200);
    }
    const ids = records.map((record) => record.headers.get('WARC-Record-ID'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gzips each record at the highest level, with no time or name in its gzip header', async () => {
    // RFC 1952: ID1 ID2 CM=8 (deflate), FLG=0 (no name), MTIME=0, XFL=2 (slowest, best compression).
    expect([...(await make()).subarray(0, 9)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2]);
  });

  it('gives the warcinfo record an id derived from the file name and the fields, one “name: value” a line', async () => {
    const [info] = await Array.fromAsync(WARCParser.iterRecords(once(await make())));
    // SHA-256 of "data.warc.gz\nsoftware: test 1.0\ndescription: 常菁菁, 焦超超. second line" is 7299a2bd4ef66ce5ec72ebec…
    expect(info?.warcHeaders.headers.get('WARC-Record-ID')).toBe('<urn:uuid:7299a2bd-4ef6-8ce5-ac72-ebecb481c14d>');
  });

  it('writes each response’s status line with its reason phrase, if it has one, and indexes responses given in any order sorted', async () => {
    const response = (url: string, status: number): ServedResponse => ({
      url,
      status,
      headers: [['Content-Type', 'text/plain; charset=utf-8']],
      body: encode(url),
    });
    const warc = await warcFile(
      { filename: 'data.warc.gz', fields: { software: 'test 1.0' } },
      [response('https://example.org/b', 404), response('https://example.org/a', 200), response('https://example.org/c', 500)],
      FIXTURE_DATE,
    );
    expect(
      gunzipSync(warc)
        .toString('utf8')
        .match(/HTTP\/1\.1 [^\r\n]*/g),
    ).toEqual(['HTTP/1.1 404 Not Found', 'HTTP/1.1 200 OK', 'HTTP/1.1 500']);
    const lines = (await cdxjIndex(warc, 'data.warc.gz')).trimEnd().split('\n');
    expect(lines.map((line) => line.split(' ')[0])).toEqual(['org,example)/a', 'org,example)/b', 'org,example)/c']);
    expect(lines.map((line) => (JSON.parse(line.slice(line.indexOf('{'))) as { status: string }).status)).toEqual(['200', '404', '500']);
  });

  it('is the same bytes every time', async () => {
    expect(hex(await make())).toBe(hex(await make()));
  });

  it('is indexed as sorted CDXJ whose entries point at their records', async () => {
    const warc = await make();
    const lines = (await cdxjIndex(warc, 'data.warc.gz')).trimEnd().split('\n');
    expect(lines).toEqual([...lines].sort());
    expect(lines).toHaveLength(5);
    const [key, timestamp, json] = lines[3]!.split(/ (?=\S)/, 3) as [string, string, string];
    expect(key).toBe('org,example)/archive/tongzhou/vanguard/');
    expect(timestamp).toBe('20240505230809');
    const entry = JSON.parse(json) as Record<'url' | 'offset' | 'length' | 'digest' | 'status' | 'filename' | 'mime', string>;
    expect(entry).toMatchObject({ url: `${FIXTURE_URL}vanguard/`, status: '200', filename: 'data.warc.gz', mime: 'text/html' });
    const record = await WARCParser.parse(once(warc.subarray(Number(entry.offset), Number(entry.offset) + Number(entry.length))));
    expect(record?.warcTargetURI).toBe(entry.url);
    expect(hex(await record!.readFully())).toBe(entry.digest);
  });
});
