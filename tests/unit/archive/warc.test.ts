import { createHash } from 'node:crypto';
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
  siteAddress,
  warcDate,
  warcFile,
} from '../../../scripts/archive/warc.ts';
import { FIXTURE_DATE, FIXTURE_URL, fixtureSite } from '../../support/wacz.ts';

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
  });

  it('dates records in UTC to the second, from a commit date in any zone', () => {
    expect(warcDate(new Date('2024-05-06T07:08:09+08:00'))).toBe('2024-05-05T23:08:09Z');
    expect(warcDate(new Date('2024-05-06T07:08:09.999Z'))).toBe('2024-05-06T07:08:09Z');
  });

  it('places paths under the site’s address, folder and all', () => {
    expect(siteAddress('https://example.org/archive/tongzhou/', '/vanguard/')).toBe('https://example.org/archive/tongzhou/vanguard/');
    expect(siteAddress('https://example.org/archive/tongzhou', '/')).toBe('https://example.org/archive/tongzhou/');
    expect(siteAddress(PLACEHOLDER_SITE_URL, '/en/vanguard/index.html')).toBe('https://site-url-not-set.invalid/en/vanguard/index.html');
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
