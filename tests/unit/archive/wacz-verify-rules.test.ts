import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ZipFile } from 'yazl';
import { zipEntries } from '../../../scripts/archive/wacz.ts';
import {
  archiveRecords,
  type FoundRecord,
  indexProblems,
  packageProblems,
  pageProblems,
  payloadOf,
  readZip,
  recordAt,
  recordProblems,
} from '../../../scripts/archive/wacz-verify.ts';

const item = (bytes: string | Buffer, stored = true) => ({ bytes: Buffer.from(bytes), stored });
const HELLO = '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824';
const found = (file: string, offset: number, length: number, headers: Record<string, string>, block: string): FoundRecord => ({
  file,
  offset,
  length,
  headers: new Map(Object.entries(headers)),
  block: Buffer.from(block),
});
// A resource record with nothing after its block: 55 bytes, and no digests to check.
const RESOURCE = 'WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 3\r\n\r\nabc';

function zipWithFolder(): Promise<Buffer> {
  const zip = new ZipFile();
  zip.addEmptyDirectory('archive');
  zip.addBuffer(Buffer.from('abc'), 'archive/a.warc.gz', { compress: false });
  zip.addBuffer(Buffer.from('text text text text'), 'notes.txt', { compress: true });
  zip.end();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

describe('reading the zip', () => {
  it('keeps every file with whether it was stored, and leaves out folders', async () => {
    const files = await readZip(await zipWithFolder());
    expect([...files]).toEqual([
      ['archive/a.warc.gz', { bytes: Buffer.from('abc'), stored: true }],
      ['notes.txt', { bytes: Buffer.from('text text text text'), stored: false }],
    ]);
  });

  it('refuses a name with a backslash rather than reading it as a folder', async () => {
    const zip = Buffer.from(await zipEntries([{ path: 'xx/escape.txt', bytes: Buffer.from('x') }], new Date()));
    const evil = Buffer.from(zip.toString('latin1').replaceAll('xx/escape.txt', 'xx\\escape.txt'), 'latin1');
    await expect(readZip(evil)).rejects.toThrow('invalid characters in fileName: xx\\escape.txt');
  });
});

describe('reading one record', () => {
  it('reads the WARC headers after the version line, trimmed and lower-cased, and the block its Content-Length bounds', () => {
    const raw = 'WARC/1.1: odd\r\nWARC-Type: resource\r\nX-Spaced : padded \r\nno colon here\r\n: no name\r\nContent-Length: 3\r\n\r\nabc';
    const warc = Buffer.from(`xx${raw}`);
    expect(recordAt('archive/a.warc', warc, 2, warc.length - 2)).toEqual({
      file: 'archive/a.warc',
      offset: 2,
      length: warc.length - 2,
      headers: new Map([
        ['warc-type', 'resource'],
        ['x-spaced', 'padded'],
        ['content-length', '3'],
      ]),
      block: Buffer.from('abc'),
    });
  });

  it('names bytes outside the file', () => {
    const warc = Buffer.from(RESOURCE);
    expect(() => recordAt('f', warc, -1, 5)).toThrow(new Error('bytes -1–4 lie outside f'));
    expect(() => recordAt('f', warc, 0, 0)).toThrow(new Error('bytes 0–0 lie outside f'));
    expect(() => recordAt('f', Buffer.from('abc'), 1, 3)).toThrow(new Error('bytes 1–4 lie outside f'));
  });

  it('names a record with no end to its headers, or whose Content-Length is missing or runs past its end', () => {
    const at = (raw: string) => () => recordAt('f', Buffer.from(raw), 0, Buffer.byteLength(raw));
    expect(at('WARC/1.1\r\nContent-Length: 0')).toThrow(new Error('no end to the WARC headers'));
    expect(at('\r\n\r\nabc')).toThrow(new Error('its Content-Length runs past its end'));
    expect(at('WARC/1.1\r\nWARC-Type: resource\r\n\r\nabc')).toThrow(new Error('its Content-Length runs past its end'));
    expect(at('WARC/1.1\r\nContent-Length: 5\r\n\r\nabc')).toThrow(new Error('its Content-Length runs past its end'));
  });
});

describe('payloads and digests', () => {
  it('takes the payload of a response after its HTTP headers, and the whole block of any other record', () => {
    const payload = (type: string, block: string) => payloadOf(found('f', 0, 1, { 'warc-type': type }, block)).toString();
    expect(payload('resource', 'a\r\n\r\nb')).toBe('a\r\n\r\nb');
    expect(payload('response', 'HTTP/1.1 200 OK\r\n\r\nbody')).toBe('body');
    expect(payload('response', '\r\n\r\nbody')).toBe('body');
    expect(payload('response', 'no headers end')).toBe('');
  });

  it('names a response record that has no payload digest, where it is even without a URL', () => {
    const record = found('archive/a.warc', 7, 40, { 'warc-type': 'response' }, 'HTTP/1.1 200 OK\r\n\r\nbody');
    expect(recordProblems(record)).toEqual([
      { kind: 'altered record', where: 'archive/a.warc at offset 7', detail: 'a response record with no WARC-Payload-Digest' },
    ]);
  });
});

describe('checking the package', () => {
  it('names each file a WACZ needs when the zip is empty', () => {
    expect(packageProblems(new Map())).toEqual([
      { kind: 'missing', where: 'datapackage.json', detail: 'a WACZ needs this file' },
      { kind: 'missing', where: 'datapackage-digest.json', detail: 'a WACZ needs this file' },
      { kind: 'missing', where: 'archive/', detail: 'no .warc or .warc.gz file' },
    ]);
  });

  it('names a digest that is not JSON and a datapackage.json with no resources', () => {
    const files = new Map([
      ['datapackage.json', item('{}')],
      ['datapackage-digest.json', item('not json')],
      ['archive/a.warc', item('')],
    ]);
    expect(packageProblems(files)).toEqual([
      { kind: 'unreadable', where: 'datapackage-digest.json', detail: expect.stringMatching(/^not JSON: \S/) },
      { kind: 'unreadable', where: 'datapackage.json', detail: 'no “resources” list' },
      { kind: 'unlisted', where: 'archive/a.warc', detail: 'in the zip, not in datapackage.json' },
    ]);
  });

  it('counts only a .warc or .warc.gz directly under archive/ as the WARC', () => {
    const others = new Map([
      ['x/archive/a.warc', item('')],
      ['archive/a.warc.txt', item('')],
    ]);
    expect(packageProblems(others).slice(2)).toEqual([
      { kind: 'unlisted', where: 'x/archive/a.warc', detail: 'in the zip, not in datapackage.json' },
      { kind: 'unlisted', where: 'archive/a.warc.txt', detail: 'in the zip, not in datapackage.json' },
      { kind: 'missing', where: 'archive/', detail: 'no .warc or .warc.gz file' },
    ]);
    expect(packageProblems(new Map([['archive/a.warc', item('')]])).slice(2)).toEqual([
      { kind: 'unlisted', where: 'archive/a.warc', detail: 'in the zip, not in datapackage.json' },
    ]);
  });

  it('names a file of the wrong size by its size alone, not its hash too', () => {
    const pkg = { resources: [{ path: 'archive/a.warc.gz', hash: `sha256:${'0'.repeat(64)}`, bytes: 99 }] };
    const files = new Map([
      ['datapackage.json', item(JSON.stringify(pkg))],
      ['archive/a.warc.gz', item('abc')],
    ]);
    expect(packageProblems(files)).toEqual([
      { kind: 'missing', where: 'datapackage-digest.json', detail: 'a WACZ needs this file' },
      { kind: 'wrong size', where: 'archive/a.warc.gz', detail: 'datapackage.json says 99 bytes, the file has 3' },
    ]);
  });
});

describe('reading the WARC files', () => {
  it('reads only a .warc or .warc.gz directly under archive/, compressed or not', async () => {
    const files = new Map([
      ['x/archive/a.warc', item(RESOURCE)],
      ['archive/a.warc.txt', item(RESOURCE)],
      ['archive/b.warc', item(`${RESOURCE}\r\n\r\n`)],
    ]);
    const { records, problems } = await archiveRecords(files);
    expect(problems).toEqual([]);
    expect([...records.keys()]).toEqual(['archive/b.warc@0']);
    expect(records.get('archive/b.warc@0')?.block).toEqual(Buffer.from('abc'));
  });

  it('names a gzipped WARC with bytes after its last member that are not gzip', async () => {
    const gz = gzipSync(Buffer.from(`${RESOURCE}\r\n\r\n`));
    const { records, problems } = await archiveRecords(new Map([['archive/a.warc.gz', item(Buffer.concat([gz, Buffer.from('junk')]))]]));
    expect([...records.keys()]).toEqual([]);
    expect(problems).toEqual([
      { kind: 'unreadable', where: 'archive/a.warc.gz', detail: 'not a WARC file: it does not gunzip: incorrect header check' },
      {
        kind: 'unreadable',
        where: 'archive/a.warc.gz at offset 0',
        detail: `the last ${gz.length + 4} bytes are not a WARC record: damaged, cut short or not a WARC`,
      },
    ]);
  });
});

describe('reading a gzipped WARC file', () => {
  const read = (warc: Buffer) => archiveRecords(new Map([['archive/a.warc.gz', item(warc)]]));
  // Each record a gzip member of its own, as the project writes them.
  const sound = gzipSync(`${RESOURCE}\r\n\r\n`);
  const unread = (bytes: number, why: string) => [
    { kind: 'unreadable', where: 'archive/a.warc.gz', detail: `not a WARC file: ${why}` },
    {
      kind: 'unreadable',
      where: 'archive/a.warc.gz at offset 0',
      detail: `the last ${bytes} bytes are not a WARC record: damaged, cut short or not a WARC`,
    },
  ];

  it('reads every member of a sound file', async () => {
    const { records, problems } = await read(Buffer.concat([sound, sound]));
    expect(problems).toEqual([]);
    expect([...records.values()].map(({ offset, length, block }) => [offset, length, block.toString()])).toEqual([
      [0, sound.length, 'abc'],
      [sound.length, sound.length, 'abc'],
    ]);
  });

  it('names a file with a record cut short, and returns rather than waiting for bytes that never come', async () => {
    const cut = gzipSync('WARC/1.1\r\nContent-Length: 99\r\n\r\nab');
    const { records, problems } = await read(Buffer.concat([sound, cut]));
    expect([...records.keys()]).toEqual([]);
    expect(problems).toEqual(unread(sound.length + cut.length, 'its Content-Length runs past its end'));
  });

  it('names a record split across two gzip members: each record must be a member of its own', async () => {
    const record = `${RESOURCE}\r\n\r\n`;
    const { records, problems } = await read(Buffer.concat([gzipSync(record.slice(0, 20)), gzipSync(record.slice(20))]));
    expect([...records.keys()]).toEqual([]);
    // The first member ends inside the record's headers; warcio's spans then leave bytes over, named by the usual problem.
    expect(problems[0]).toEqual({ kind: 'unreadable', where: 'archive/a.warc.gz at offset 0', detail: 'unexpected end of file' });
    expect(problems.slice(1).map((p) => p.detail)).toEqual([expect.stringMatching(/^the last \d+ bytes are not a WARC record/)]);
  });

  it('names a .warc.gz that holds an uncompressed WARC, sound as it is: the name says gzip', async () => {
    const { records, problems } = await read(Buffer.from(`${RESOURCE}\r\n\r\n`));
    expect([...records.keys()]).toEqual([]);
    expect(problems).toEqual(unread(59, 'it does not gunzip: incorrect header check'));
  });

  it('names a file whose bytes after the gzip magic are not gzip', async () => {
    const { records, problems } = await read(Buffer.from('\x1f\x8bnot gzip at all', 'latin1'));
    expect([...records.keys()]).toEqual([]);
    expect(problems).toEqual(unread(17, 'it does not gunzip: unknown compression method'));
  });
});

describe('reading an uncompressed WARC file', () => {
  // Two records, each ended by \r\n\r\n: RESOURCE (59 bytes with its end) and one whose block “hello” its digest vouches for (153).
  const HELLO_RECORD = `WARC/1.1\r\nWARC-Type: resource\r\nWARC-Block-Digest: sha256:${HELLO}\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n`;
  const SOUND = `${RESOURCE}\r\n\r\n${HELLO_RECORD}`;
  const read = (warc: string) => archiveRecords(new Map([['archive/a.warc', item(warc)]]));

  it('finds each record by its Content-Length and the \\r\\n\\r\\n that ends it, and checks each', async () => {
    const { records, problems } = await read(SOUND);
    expect(problems).toEqual([]);
    expect([...records.values()].map(({ offset, length, block }) => [offset, length, block.toString()])).toEqual([
      [0, 59, 'abc'],
      [59, 153, 'hello'],
    ]);
    expect((await read(SOUND.replace('hello', 'hellO'))).problems).toEqual([
      {
        kind: 'altered record',
        where: 'archive/a.warc at offset 59',
        detail: `WARC-Block-Digest says sha256:${HELLO}, the bytes hash to sha256:04a6f55face2f46be8c23f627d539827615851e10751b63ec59db6d2c706b770`,
      },
    ]);
  });

  it('names where a record cut short starts, and returns rather than waiting for bytes that never come', async () => {
    const { records, problems } = await read(`${RESOURCE}\r\n\r\nWARC/1.1\r\nContent-Length: 99\r\n\r\nab`);
    expect([...records.keys()]).toEqual(['archive/a.warc@0']);
    expect(problems).toEqual([
      {
        kind: 'unreadable',
        where: 'archive/a.warc at offset 59',
        detail: 'the last 34 bytes are not a WARC record: its Content-Length runs past its end',
      },
    ]);
  });

  it('names a record whose headers never end, has no Content-Length of digits, no \\r\\n\\r\\n after its block, or no version line', async () => {
    const fault = async (warc: string) => (await read(warc)).problems.map(({ where, detail }) => `${where}: ${detail}`);
    const last = (bytes: number, why: string) => [`archive/a.warc at offset 0: the last ${bytes} bytes are not a WARC record: ${why}`];
    expect(await fault('WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 0')).toEqual(last(48, 'no end to the WARC headers'));
    expect(await fault('WARC/1.1\r\nWARC-Type: resource\r\n\r\n\r\n\r\n')).toEqual(
      last(37, 'its Content-Length is missing or not a whole number'),
    );
    expect(await fault('WARC/1.1\r\nContent-Length: 1e0\r\n\r\na\r\n\r\n')).toEqual(
      last(38, 'its Content-Length is missing or not a whole number'),
    );
    expect(await fault('WARC/1.1\r\nContent-Length: 1\r\n\r\na\r\n')).toEqual(last(34, 'no \\r\\n\\r\\n after its block'));
    expect(await fault('WARC/1.1\r\nContent-Length: 1\r\n\r\na')).toEqual(last(32, 'no \\r\\n\\r\\n after its block'));
    expect(await fault('WARC/1.1\r\nContent-Length: 1\r\n\r\naXXXX')).toEqual(last(36, 'no \\r\\n\\r\\n after its block'));
    expect(await fault('HTTP/1.1\r\nContent-Length: 0\r\n\r\n\r\n\r\n')).toEqual(last(35, 'no WARC/ version line'));
  });

  it('reads a .warc as uncompressed whatever bytes begin it, gzip’s 1f 8b included', async () => {
    for (const start of [
      [0x1f, 0x8b],
      [0x1f, 0x00],
      [0x41, 0x8b],
    ]) {
      const bytes = Buffer.concat([Buffer.from(start), Buffer.from('WARC')]);
      expect((await archiveRecords(new Map([['archive/a.warc', item(bytes)]]))).problems).toEqual([
        {
          kind: 'unreadable',
          where: 'archive/a.warc at offset 0',
          detail: 'the last 6 bytes are not a WARC record: no WARC/ version line',
        },
      ]);
    }
  });
});

// A response for https://a.example/ (payload “hello”) at offset 0, 100 bytes long, and a warcinfo record after it.
const RESPONSE = found(
  'archive/a.warc.gz',
  0,
  100,
  { 'warc-type': 'response', 'warc-target-uri': 'https://a.example/' },
  'HTTP/1.1 200 OK\r\n\r\nhello',
);
const INFO = found('archive/a.warc.gz', 100, 50, { 'warc-type': 'warcinfo' }, 'x');
const entry = (fields: Record<string, string>, key = 'k 1 ') => `${key}${JSON.stringify(fields)}`;

describe('checking the index', () => {
  it('names each entry that leads nowhere, to another URL or to another payload', () => {
    const lines = [
      entry({ url: 'https://a.example/', digest: HELLO, offset: '0', length: '100', filename: 'a.warc.gz' }, ' '),
      '   ',
      entry({ url: 'https://b.example/', offset: '0', length: '100', filename: 'nope.warc.gz' }),
      entry({ offset: '0', length: '100' }),
      entry({ url: 'https://a.example/', offset: '0', length: '99', filename: 'a.warc.gz' }),
      entry({ url: 'https://c.example/', offset: '100', length: '50', filename: 'a.warc.gz' }),
      entry({ url: 'https://c.example/', offset: '0', length: '100', filename: 'a.warc.gz' }),
      entry({ url: 'https://a.example/', digest: '00', offset: '0', length: '100', filename: 'a.warc.gz' }),
    ];
    const files = new Map([
      ['archive/a.warc.gz', item('')],
      ['indexes/index.cdxj', item(lines.join('\n'))],
    ]);
    const records = new Map([
      ['archive/a.warc.gz@0', RESPONSE],
      ['archive/a.warc.gz@100', INFO],
    ]);
    const bad = (line: number, detail: string) => ({ kind: 'bad index entry', where: `indexes/index.cdxj line ${line}`, detail });
    expect(indexProblems(files, records)).toEqual({
      problems: [
        bad(3, 'https://b.example/ names archive/nope.warc.gz, which is not in the zip'),
        bad(4, 'no URL names archive/, which is not in the zip'),
        bad(5, 'https://a.example/ points at offset 0, length 99 of archive/a.warc.gz, where no such record is (it is missing or moved)'),
        bad(6, 'https://c.example/ points at the record of no URL'),
        bad(7, 'https://c.example/ points at the record of https://a.example/'),
        bad(8, `https://a.example/ says digest 00, the record's payload hashes to ${HELLO}`),
      ],
      found: new Set(['https://a.example/']),
      indexed: new Set(['https://a.example/', 'https://b.example/', 'https://c.example/']),
      entries: 7,
    });
  });

  it('names each response record no entry of the right length leads to', () => {
    const nameless = found('archive/a.warc.gz', 200, 30, { 'warc-type': 'response' }, '');
    const files = new Map([
      ['archive/a.warc.gz', item('')],
      ['indexes/index.cdxj', item(entry({ url: 'https://a.example/', digest: HELLO, offset: '0', length: '99', filename: 'a.warc.gz' }))],
    ]);
    const records = new Map([
      ['archive/a.warc.gz@0', RESPONSE],
      ['archive/a.warc.gz@100', INFO],
      ['archive/a.warc.gz@200', nameless],
    ]);
    const detail = 'no index entry leads to this record, so replay cannot find it';
    expect(indexProblems(files, records).problems).toEqual([
      {
        kind: 'bad index entry',
        where: 'indexes/index.cdxj line 1',
        detail: 'https://a.example/ points at offset 0, length 99 of archive/a.warc.gz, where no such record is (it is missing or moved)',
      },
      { kind: 'unindexed record', where: 'archive/a.warc.gz at offset 0, https://a.example/', detail },
      { kind: 'unindexed record', where: 'archive/a.warc.gz at offset 200, no URL', detail },
    ]);
  });

  it('looks an entry with no file name or offset up as archive/@', () => {
    const files = new Map([['indexes/index.cdxj', item(entry({ length: '5' }))]]);
    const records = new Map([['archive/@', found('archive/', 0, 5, { 'warc-type': 'response' }, '')]]);
    expect(indexProblems(files, records).problems).toEqual([
      { kind: 'bad index entry', where: 'indexes/index.cdxj line 1', detail: 'no URL names archive/, which is not in the zip' },
    ]);
  });

  it('reads .cdx, .cdxj and gzipped index files directly under indexes/, and names one that does not gunzip', () => {
    const files = new Map([
      ['x/indexes/a.cdxj', item('bad')],
      ['indexes/a.cdxj.txt', item('bad')],
      ['indexes/a.cdx', item('bad')],
      ['indexes/b.cdxj.gz', item(gzipSync('bad\n'))],
      ['indexes/c.cdxj.gz', item('plain')],
    ]);
    const noJson = 'no JSON after the key and timestamp';
    expect(indexProblems(files, new Map())).toEqual({
      problems: [
        { kind: 'unreadable', where: 'indexes/c.cdxj.gz', detail: 'incorrect header check' },
        { kind: 'bad index entry', where: 'indexes/a.cdx line 1', detail: noJson },
        { kind: 'bad index entry', where: 'indexes/b.cdxj.gz line 1', detail: noJson },
      ],
      found: new Set(),
      indexed: new Set(),
      entries: 2,
    });
    expect(indexProblems(new Map([['x/indexes/a.cdxj', item('bad')]]), new Map()).problems).toEqual([
      { kind: 'missing', where: 'indexes/', detail: 'no CDXJ index' },
    ]);
  });
});

describe('checking the pages', () => {
  it('skips blank lines and only a first line with a format, and names pages without a sound record', () => {
    const text = [
      '{"url":"https://a.example/","ts":"20240101000000"}',
      '  ',
      '{"format":"json-pages-1.0","url":"https://b.example/","ts":"20240101000000"}',
      '{"url":"https://z.example/","ts":"20240101000000"}',
    ].join('\n');
    const urls = { found: new Set(['https://a.example/']), indexed: new Set(['https://a.example/', 'https://b.example/']) };
    expect(pageProblems(new Map([['pages/pages.jsonl', item(text)]]), urls)).toEqual({
      problems: [
        {
          kind: 'page without record',
          where: 'pages/pages.jsonl line 3',
          detail: 'https://b.example/ has no sound record: its index entry is faulty (above)',
        },
        { kind: 'page without record', where: 'pages/pages.jsonl line 4', detail: 'https://z.example/ has no record in the index' },
      ],
      pages: 3,
    });
  });
});
