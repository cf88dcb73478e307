import { describe, expect, it } from 'vitest';
import { zipEntries } from '../../../scripts/archive/wacz.ts';
import { readZip, verifyWacz, type WaczProblem } from '../../../scripts/archive/wacz-verify.ts';
import { alterRecord, dropRecord, FIXTURE_URL, fixtureWacz, records, repack, replaceBytes, unpack, warcOf } from '../../support/wacz.ts';

const VANGUARD = `${FIXTURE_URL}vanguard/`;
const line = (problem: WaczProblem) => `${problem.kind}: ${problem.where} (${problem.detail})`;
const faults = async (wacz: Uint8Array) => (await verifyWacz(wacz)).problems.map(line);

describe('verifying a WACZ', () => {
  it('finds nothing wrong with a sound package, and counts what it checked', async () => {
    const report = await verifyWacz((await fixtureWacz()).wacz);
    expect(report.problems).toEqual([]);
    expect(report.counts).toEqual({ files: 5, records: 6, indexEntries: 5, pages: 2 });
  });

  it('names a record whose payload was altered, even when the package was rehashed and reindexed to match', async () => {
    const { parts, meta } = await unpack((await fixtureWacz()).wacz);
    const altered = await alterRecord(parts, VANGUARD, (raw) => replaceBytes(raw, '第四段', '第五段'));
    const found = await faults(await repack(altered, meta));
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(
      new RegExp(
        `^altered record: archive/data\\.warc\\.gz at offset \\d+, ${VANGUARD} \\(WARC-Payload-Digest says sha256:[0-9a-f]{64}, the bytes hash to sha256:[0-9a-f]{64}\\)$`,
      ),
    );
    expect(found[1]).toMatch(
      new RegExp(
        `^bad index entry: indexes/index\\.cdxj line 4 \\(${VANGUARD} says digest [0-9a-f]{64}, the record's payload hashes to [0-9a-f]{64}\\)$`,
      ),
    );
    expect(found[2]).toBe(
      `page without record: pages/pages.jsonl line 3 (${VANGUARD} has no sound record: its index entry is faulty (above))`,
    );
  });

  it('names an altered HTTP header by the block digest', async () => {
    const { parts, meta } = await unpack((await fixtureWacz()).wacz);
    const altered = await alterRecord(parts, VANGUARD, (raw) => replaceBytes(raw, 'no-referrer', 'no-referrex'));
    // The payload and the index entry's digest still agree: only the block digest, which covers the HTTP headers, tells.
    expect(await faults(await repack(altered, meta))).toEqual([
      expect.stringMatching(new RegExp(`^altered record: .*${VANGUARD} \\(WARC-Block-Digest says`)),
    ]);
  });

  it('names the index entry of a record that is gone, and the page left without a record once the index is rebuilt', async () => {
    const { parts, meta } = await unpack((await fixtureWacz()).wacz);
    // The last record, so that no other record moves.
    const last = (await records(parts.warc)).at(-1)!.url;
    expect(last).toBe(`${FIXTURE_URL}vanguard/index.html`);
    expect(await faults(await repack(await dropRecord(parts, last, false), meta))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^bad index entry: indexes/index\\.cdxj line 5 \\(${last} points at offset \\d+, length \\d+ of archive/data\\.warc\\.gz, where no such record is \\(it is missing or moved\\)\\)$`,
        ),
      ),
    ]);
    expect(await faults(await repack(await dropRecord(parts, VANGUARD, true), meta))).toEqual([
      `page without record: pages/pages.jsonl line 3 (${VANGUARD} has no record in the index)`,
    ]);
  });

  it('names a resource whose hash in datapackage.json is wrong, and a datapackage.json its digest does not match', async () => {
    const files = await readZip((await fixtureWacz()).wacz);
    const text = files.get('datapackage.json')!.bytes.toString('utf8');
    const pkg = JSON.parse(text) as { resources: { path: string; hash: string }[] };
    const hash = pkg.resources[0]!.hash;
    pkg.resources[0]!.hash = `sha256:${'0'.repeat(64)}`;
    const entries = [...files].map(([path, item]) => ({
      path,
      bytes: path === 'datapackage.json' ? Buffer.from(JSON.stringify(pkg)) : item.bytes,
    }));
    expect(await faults(await zipEntries(entries, new Date()))).toEqual([
      expect.stringMatching(
        /^wrong hash: datapackage\.json \(datapackage-digest\.json says sha256:[0-9a-f]{64}, the file hashes to sha256:[0-9a-f]{64}\)$/,
      ),
      `wrong hash: archive/data.warc.gz (datapackage.json says sha256:${'0'.repeat(64)}, the file hashes to ${hash})`,
    ]);
  });

  it('names a missing, unlisted, resized or compressed file', async () => {
    const files = await readZip((await fixtureWacz()).wacz);
    const entries = [...files]
      .filter(([path]) => path !== 'pages/pages.jsonl')
      .map(([path, item]) => ({
        path: path === 'archive/data.warc.gz' ? 'archive/data.warc' : path,
        bytes: path === 'indexes/index.cdxj' ? Buffer.concat([item.bytes, Buffer.from('\n')]) : item.bytes,
      }));
    const found = await faults(await zipEntries(entries, new Date()));
    expect(found).toContain('missing: archive/data.warc.gz (listed in datapackage.json, not in the zip)');
    expect(found).toContain('missing: pages/pages.jsonl (listed in datapackage.json, not in the zip)');
    expect(found).toContain('unlisted: archive/data.warc (in the zip, not in datapackage.json)');
    expect(found).toContain(
      'compressed: archive/data.warc (a WARC must be stored uncompressed in the zip, so that replay can seek into it)',
    );
    expect(found).toContainEqual(
      expect.stringMatching(/^wrong size: indexes\/index\.cdxj \(datapackage\.json says \d+ bytes, the file has \d+\)$/),
    );
    expect(found).toContain('missing: pages/pages.jsonl (a WACZ needs its page list)');
  });

  it('reports hostile content as faults rather than failing: a WARC that is not one, broken index lines and pages', async () => {
    const { meta } = await unpack((await fixtureWacz()).wacz);
    const broken = await repack(
      {
        warc: Buffer.from('not a warc at all'),
        cdxj: 'key 2024 {not json\nno json here\n',
        pagesJsonl: '{"format":"json-pages-1.0"}\n{"url":"x"}\n{oops\n',
      },
      meta,
    );
    const found = await faults(broken);
    expect(found).toContainEqual(expect.stringMatching(/^unreadable: archive\/data\.warc\.gz at offset 0 \(/));
    expect(found).toContainEqual(expect.stringMatching(/^bad index entry: indexes\/index\.cdxj line 1 \(/));
    expect(found).toContain('bad index entry: indexes/index.cdxj line 2 (no JSON after the key and timestamp)');
    expect(found).toContain('bad page: pages/pages.jsonl line 2 (a page needs a “url” and a “ts”)');
    expect(found).toContainEqual(expect.stringMatching(/^bad page: pages\/pages\.jsonl line 3 \(/));
  });

  it('refuses bytes that are not a zip, and a zip with an unsafe name', async () => {
    await expect(verifyWacz(Buffer.from('PK not really'))).rejects.toThrow();
    // yazl will not write such a name, so the name is changed in the zip's bytes (local header and central directory).
    const zip = Buffer.from(await zipEntries([{ path: 'xx/escape.txt', bytes: Buffer.from('x') }], new Date()));
    const evil = Buffer.from(zip.toString('latin1').replaceAll('xx/escape.txt', '../escape.txt'), 'latin1');
    await expect(verifyWacz(evil)).rejects.toThrow(/invalid relative path: \.\.\/escape\.txt/);
  });

  it('names a record whose gzip member is damaged', async () => {
    const { parts, meta } = await unpack((await fixtureWacz()).wacz);
    const list = await records(parts.warc);
    const warc = Buffer.from(warcOf(list));
    warc[warc.length - 12] = warc[warc.length - 12]! ^ 0xff;
    const found = await faults(await repack({ ...parts, warc }, meta));
    expect(found).toContainEqual(
      expect.stringMatching(
        /^unreadable: archive\/data\.warc\.gz at offset \d+ \(the last \d+ bytes are not a WARC record: damaged, cut short or not a WARC\)$/,
      ),
    );
  });
});
