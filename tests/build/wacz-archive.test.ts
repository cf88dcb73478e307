import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/archive/bag-files.ts';
import { PLACEHOLDER_SITE_URL } from '../../scripts/archive/warc.ts';
import { zipEntries } from '../../scripts/archive/wacz.ts';
import { readZip } from '../../scripts/archive/wacz-verify.ts';
import { alterRecord, dropRecord, records, repack, replaceBytes, unpack } from '../support/wacz.ts';
import { runChild } from '../support/child.ts';

const SITE_URL = 'https://example.org/archive/tongzhou/';
const dirs: string[] = [];

/** Runs the packing step of `npm run archive` on dist/ into a new folder; returns the .wacz and what the script printed. */
function archive(env: Record<string, string>): { file: string; bytes: Buffer; output: string } {
  const out = mkdtempSync(join(tmpdir(), 'tongzhou-wacz-'));
  dirs.push(out);
  const run = runChild(process.execPath, ['scripts/archive.ts', '--dist', 'dist', '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: '', ...env },
  });
  const output = `${run.stdout}${run.stderr}`;
  expect(run.status, output).toBe(0);
  const name = readdirSync(out).find((entry) => entry.endsWith('.wacz'));
  if (!name) throw new Error(`no .wacz in ${out}:\n${output}`);
  return { file: join(out, name), bytes: readFileSync(join(out, name)), output };
}

function verify(path: string) {
  const run = runChild(process.execPath, ['scripts/verify-archive.ts', path], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
let first: ReturnType<typeof archive>;
let second: ReturnType<typeof archive>;

beforeAll(() => {
  // Two runs as two archivists far apart would make them: in different time zones.
  first = archive({ TZ: 'Asia/Shanghai' });
  second = archive({ TZ: 'America/New_York' });
}, 180_000);
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('npm run archive: the web archive', () => {
  it('is byte for byte the same when made twice from the same build', () => {
    expect(first.file).not.toBe(second.file);
    expect(sha256(second.bytes)).toBe(sha256(first.bytes));
    expect(first.output).toContain(`sha256:${sha256(first.bytes)}`);
  });

  it('records every file of dist/ (but _headers, which the host reads) at its address, each page at both its addresses', async () => {
    const dist = filesUnder('dist');
    const pages = dist.filter((path) => path.endsWith('.html'));
    const folders = pages.filter((path) => path.endsWith('index.html'));
    const list = await records((await unpack(first.bytes)).parts.warc);
    const urls = list.map((record) => record.url);
    expect(urls[0]).toBe(''); // the warcinfo record
    const expected = dist.filter((path) => path !== '_headers').map((path) => `${PLACEHOLDER_SITE_URL}${path}`);
    expected.push(...folders.map((path) => `${PLACEHOLDER_SITE_URL}${path.slice(0, -'index.html'.length)}`));
    expect(urls.slice(1).sort()).toEqual(expected.sort());
    expect(first.output).toContain(`${list.length} WARC records, ${pages.length} pages at ${PLACEHOLDER_SITE_URL}`);
  });

  it('lists every page with its title and its text', async () => {
    const pages = (await unpack(first.bytes)).parts.pagesJsonl
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => JSON.parse(line) as { url: string; title: string; text: string });
    const files = filesUnder('dist').filter((path) => path.endsWith('.html'));
    expect(pages).toHaveLength(files.length);
    for (const file of files) {
      const url = `${PLACEHOLDER_SITE_URL}${file.replace(/(^|\/)index\.html$/, '$1')}`;
      const page = pages.find((entry) => entry.url === url);
      expect(page, url).toBeDefined();
      expect(page!.title, url).toBe(/<title>([^<]*)<\/title>/.exec(readFileSync(`dist/${file}`, 'utf8'))![1]);
      // Every page has words to find it by, the side-by-side text too (which Pagefind is told to skip).
      expect(page!.text.length, url).toBeGreaterThan(100);
      expect(page!.text, url).not.toContain('¶');
    }
    const parallel = pages.find((entry) => entry.url === `${PLACEHOLDER_SITE_URL}parallel/`)!;
    expect(parallel.text).toContain('党旗');
    expect(parallel.text).toContain('Party');
  });

  it('says what it is: the citation and the placeholder address in warcinfo and datapackage.json', async () => {
    const info = (await records((await unpack(first.bytes)).parts.warc))[0]!.raw.toString('utf8');
    expect(info).toContain('description: 常菁菁, 焦超超. 党旗在副中心疫情防控一线高高飘扬[J]. 北京支部生活, 2022(6).');
    expect(info).toContain(
      `SITE_URL was not set when this archive was made, so the site is recorded at the placeholder address ${PLACEHOLDER_SITE_URL}`,
    );
    expect(info).toMatch(/\r\nsoftware: tongzhou-party-flag \S+ scripts\/archive\.ts \(warcio 2\.4\.11, yazl 3\.3\.1\)\r\n/);
    const pkg = JSON.parse((await readZip(first.bytes)).get('datapackage.json')!.bytes.toString('utf8')) as Record<string, string>;
    expect(pkg['wacz_version']).toBe('1.1.1');
    expect(pkg['created']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(pkg['description']).toContain('placeholder address');
    expect(pkg['mainPageUrl']).toBe(PLACEHOLDER_SITE_URL);
  });

  it('is recorded at SITE_URL when it is set, and then names no placeholder', async () => {
    const made = archive({ SITE_URL });
    const { parts } = await unpack(made.bytes);
    const urls = (await records(parts.warc)).map((record) => record.url).filter(Boolean);
    expect(urls.every((url) => url.startsWith(SITE_URL))).toBe(true);
    expect(urls).toContain(`${SITE_URL}vanguard/`);
    expect(parts.pagesJsonl).toContain(`"url":"${SITE_URL}en/vanguard/"`);
    expect(made.bytes.includes(Buffer.from('site-url-not-set'))).toBe(false);
  });
});

describe('npm run verify-archive FILE.wacz', () => {
  const broken = async (name: string, make: () => Promise<Uint8Array>) => {
    const path = join(dirs[0]!, name);
    writeFileSync(path, await make());
    return verify(path);
  };

  it('passes the archive as made, saying what it checked', () => {
    const run = verify(first.file);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /: valid WACZ, 5 files match datapackage\.json; \d+ WARC records match their digests; \d+ index entries and \d+ pages lead to their records\n$/,
    );
  });

  it('names an altered record, a missing record and a wrong datapackage hash, and exits 1', async () => {
    const { parts, meta } = await unpack(first.bytes);
    const vanguard = `${PLACEHOLDER_SITE_URL}vanguard/`;
    const altered = await broken('altered.wacz', async () =>
      repack(await alterRecord(parts, vanguard, (raw) => replaceBytes(raw, '当先锋', '当后卫')), meta),
    );
    expect(altered.status).toBe(1);
    expect(altered.stderr).toMatch(
      new RegExp(`^altered record: archive/data\\.warc\\.gz at offset \\d+, ${vanguard} \\(WARC-Payload-Digest says sha256:`, 'm'),
    );

    const missing = await broken('missing.wacz', async () => repack(await dropRecord(parts, vanguard, true), meta));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(
      new RegExp(`^page without record: pages/pages\\.jsonl line \\d+ \\(${vanguard} has no record in the index\\)$`, 'm'),
    );

    const files = await readZip(first.bytes);
    const pkg = files
      .get('datapackage.json')!
      .bytes.toString('utf8')
      .replace(/"hash": "sha256:[0-9a-f]{64}"/, `"hash": "sha256:${'0'.repeat(64)}"`);
    const wrong = await broken('wrong-hash.wacz', async () => {
      return zipEntries(
        [...files].map(([path, item]) => ({ path, bytes: path === 'datapackage.json' ? Buffer.from(pkg) : item.bytes })),
        new Date(meta.created),
      );
    });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(
      /^wrong hash: datapackage\.json \(datapackage-digest\.json says sha256:[0-9a-f]{64}, the file hashes to sha256:[0-9a-f]{64}\)$/m,
    );
    expect(wrong.stderr).toMatch(
      new RegExp(
        `^wrong hash: archive/data\\.warc\\.gz \\(datapackage\\.json says sha256:${'0'.repeat(64)}, the file hashes to sha256:[0-9a-f]{64}\\)$`,
        'm',
      ),
    );
  });

  it('says so when the file is not a zip at all', () => {
    const path = join(dirs[0]!, 'not.wacz');
    writeFileSync(path, 'not a zip');
    const run = verify(path);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/not\.wacz: cannot be read as a WACZ \(a zip file\): /);
  });
});
