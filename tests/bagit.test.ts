import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BAG_INFO_WIDTH,
  bagInfoText,
  contentsOf,
  decodePath,
  encodePath,
  makeBag,
  manifestText,
  parseBagInfo,
  parseManifest,
  payloadOxum,
  unsafePath,
  verifyBag,
  type BagFile,
} from '../scripts/archive/bagit.ts';
import { foldersOf } from '../scripts/archive/tar.ts';
import { tarBytes } from './support/hostile-archives.ts';

const text = (value: string) => new TextEncoder().encode(value);
const problemsOf = (files: readonly BagFile[]) => verifyBag(contentsOf(files)).problems.map((p) => `${p.kind} ${p.path}`);

describe('BagIt pieces', () => {
  it('percent-encodes %, CR and LF in manifest paths, and reads them back', () => {
    expect(encodePath('data/a%b\nc\rd.txt')).toBe('data/a%25b%0Ac%0Dd.txt');
    expect(decodePath('data/a%25b%0Ac%0Dd.txt')).toBe('data/a%b\nc\rd.txt');
  });

  it('writes manifests as sorted “checksum  path” lines that parse back', () => {
    const files = [
      { path: 'data/b.txt', bytes: text('b') },
      { path: 'data/a.txt', bytes: text('a') },
    ];
    const manifest = manifestText('sha256', files);
    expect(manifest).toBe(
      'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb  data/a.txt\n' +
        '3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d  data/b.txt\n',
    );
    expect(parseManifest(manifest, 'm')).toEqual({
      entries: new Map([
        ['data/a.txt', 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb'],
        ['data/b.txt', '3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d'],
      ]),
      problems: [],
    });
    expect(parseManifest('not a manifest line', 'manifest-sha256.txt').problems).toEqual([
      { kind: 'invalid', path: 'manifest-sha256.txt', detail: 'line 1: expected “checksum path”, found “not a manifest line”' },
    ]);
  });

  it('refuses a manifest that lists a file twice, or a path that climbs out or is absolute, naming the line', () => {
    const details = (manifest: string) => parseManifest(manifest, 'manifest-md5.txt').problems.map((p) => p.detail);
    expect(details('aa  data/a.txt\nbb  data/a.txt\n')).toEqual([
      'line 2: data/a.txt is listed twice (also line 1); each file must be listed once',
    ]);
    expect(details('aa  data/../../etc/passwd\n')).toEqual(['line 1: data/../../etc/passwd is a path climbing out with “..”']);
    expect(details('aa  /etc/passwd\n')).toEqual(['line 1: /etc/passwd is an absolute path']);
  });

  it('tells safe member paths from unsafe ones', () => {
    expect(unsafePath('bag/data/index.html')).toBeUndefined();
    expect(unsafePath('bag/data/')).toBeUndefined();
    expect(unsafePath('bag/data/../../x')).toMatch(/\.\./);
    expect(unsafePath('/etc/x')).toMatch(/absolute/);
    expect(unsafePath('C:/x')).toMatch(/Windows/);
    expect(unsafePath('bag//x')).toMatch(/empty/);
  });

  it('computes Payload-Oxum as octets.files', () => {
    expect(payloadOxum([{ size: 3 }, { size: 2 }])).toBe('5.2');
  });

  it('writes bag-info folded at spaces to 79 characters, and reads it back unchanged', () => {
    const long =
      '常菁菁, 焦超超. 党旗在副中心疫情防控一线高高飘扬[J]. 北京支部生活, 2022(6). 本包为该文存档版网站的构建产物（dist/），可由任何静态服务器发布，或直接从磁盘打开 data/index.html 阅读。';
    const info = bagInfoText([
      ['Source-Organization', '北京支部生活'],
      ['External-Description', long],
      ['Note', 'one\ntwo'],
    ]);
    expect(info).toBe(
      'Source-Organization: 北京支部生活\n' +
        'External-Description: 常菁菁, 焦超超. 党旗在副中心疫情防控一线高高飘扬[J]. 北京支部生活, 2022(6).\n' +
        ' 本包为该文存档版网站的构建产物（dist/），可由任何静态服务器发布，或直接从磁盘打开 data/index.html 阅读。\n' +
        'Note: one two\n',
    );
    expect(Math.max(...info.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(BAG_INFO_WIDTH);
    expect(parseBagInfo(info)).toEqual([
      ['Source-Organization', '北京支部生活'],
      ['External-Description', long],
      ['Note', 'one two'],
    ]);
    // Unfolding as RFC 5322 does (removing the line breaks) gives the same value.
    expect(info.replace(/\n(?=[ \t])/g, '')).toContain(`External-Description: ${long}\n`);
  });

  it('makes a bag that verifies, and names a file altered, removed or added', () => {
    const bag = makeBag({ payload: [{ path: 'index.html', bytes: text('<p>hi</p>') }], info: [['Source-Organization', 'x']] });
    expect(bag.map((file) => file.path)).toEqual([
      'bagit.txt',
      'bag-info.txt',
      'manifest-sha512.txt',
      'manifest-sha256.txt',
      'tagmanifest-sha512.txt',
      'data/index.html',
    ]);
    expect(problemsOf(bag)).toEqual([]);
    const altered = bag.map((file) => (file.path === 'data/index.html' ? { ...file, bytes: text('<p>ho</p>') } : file));
    expect(problemsOf(altered)).toEqual(['altered data/index.html']);
    const added = [...bag, { path: 'data/new.html', bytes: text('x') }];
    expect(problemsOf(added)).toEqual(['extra data/new.html', 'invalid bag-info.txt']);
    const removed = bag.filter((file) => file.path !== 'data/index.html');
    expect(problemsOf(removed)).toEqual(['missing data/index.html', 'invalid bag-info.txt']);
    const tagAltered = bag.map((file) => (file.path === 'bag-info.txt' ? { ...file, bytes: text('Source-Organization: y\n') } : file));
    expect(problemsOf(tagAltered)).toEqual(['altered bag-info.txt']);
  });

  it('refuses a bagit.txt with a byte-order mark, and a payload manifest listing a file outside data/', () => {
    const bag = makeBag({ payload: [{ path: 'index.html', bytes: text('<p>hi</p>') }], info: [] });
    const bom = bag.map((file) =>
      file.path === 'bagit.txt' ? { ...file, bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...file.bytes]) } : file,
    );
    expect(verifyBag(contentsOf(bom)).problems).toContainEqual({
      kind: 'invalid',
      path: 'bagit.txt',
      detail: 'starts with a byte-order mark, which RFC 8493 forbids; save it as UTF-8 without BOM',
    });
    const outside = bag.map((file) =>
      file.path === 'manifest-sha256.txt'
        ? { ...file, bytes: text(`${new TextDecoder().decode(file.bytes)}${'0'.repeat(64)}  bagit.txt\n`) }
        : file,
    );
    expect(verifyBag(contentsOf(outside)).problems).toContainEqual({
      kind: 'invalid',
      path: 'bagit.txt',
      detail: 'a payload manifest lists a file outside data/',
    });
  });
});

describe('tar', () => {
  it('lists every folder above the files, once', () => {
    expect(foldersOf(['bag/data/a/b.txt', 'bag/data/c.txt', 'bag/bagit.txt']).sort()).toEqual(['bag/', 'bag/data/', 'bag/data/a/']);
  });
});

/** Every file of a bag folder, as paths from it. */
function* walkBag(root: string, dir = ''): Generator<string> {
  for (const name of readdirSync(join(root, dir)).sort()) {
    const path = dir ? `${dir}/${name}` : name;
    if (statSync(join(root, path)).isDirectory()) yield* walkBag(root, path);
    else yield path;
  }
}

describe('npm run archive and npm run verify-archive', () => {
  let out: string;
  let bag: string;
  let archiveOutput: string;
  const node = (args: string[]) => {
    const run = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  };
  const verify = (path: string) => node(['scripts/verify-archive.ts', path]);
  const copyOfBag = () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongzhou-bag-'));
    cpSync(bag, join(dir, 'bag'), { recursive: true });
    return join(dir, 'bag');
  };

  beforeAll(() => {
    // The packing step of `npm run archive` (which builds first) on the dist/ the tests built.
    out = mkdtempSync(join(tmpdir(), 'tongzhou-archives-'));
    const run = node(['scripts/archive.ts', '--dist', 'dist', '--out', out]);
    archiveOutput = run.output;
    expect(run.status, run.output).toBe(0);
    const name = readdirSync(out).find((entry) => statSync(join(out, entry)).isDirectory())!;
    bag = join(out, name);
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes a bag of dist/ with both manifests, the tag manifest and bag-info, and a .tar.gz of it', () => {
    const files = readdirSync(bag).sort();
    expect(files).toEqual(['bag-info.txt', 'bagit.txt', 'data', 'manifest-sha256.txt', 'manifest-sha512.txt', 'tagmanifest-sha512.txt']);
    expect(readFileSync(join(bag, 'bagit.txt'), 'utf8')).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    const info = new Map(parseBagInfo(readFileSync(join(bag, 'bag-info.txt'), 'utf8')));
    // No organisation is named unless BAG_SOURCE_ORGANIZATION says which transferred the bag.
    expect(info.has('Source-Organization')).toBe(false);
    const lines = readFileSync(join(bag, 'bag-info.txt'), 'utf8').split('\n');
    expect(Math.max(...lines.map((line) => [...line].length))).toBeLessThanOrEqual(BAG_INFO_WIDTH);
    expect(info.get('Bagging-Date')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(info.get('External-Description')).toContain('常菁菁, 焦超超. 党旗在副中心疫情防控一线高高飘扬[J]. 北京支部生活, 2022(6).');
    // Payload-Oxum counted here from dist/ itself.
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
    const dist = walk('dist');
    expect(info.get('Payload-Oxum')).toBe(`${dist.reduce((sum, file) => sum + statSync(file).size, 0)}.${dist.length}`);
    expect(readdirSync(out)).toContain(`${bag.split('/').at(-1)}.tar.gz`);
    expect(archiveOutput).toMatch(/hashing \d+\/\d+/);
  });

  it('the bag verifies, as a folder and as its .tar.gz', () => {
    const folder = verify(bag);
    expect(folder.status, folder.output).toBe(0);
    expect(folder.output).toMatch(/valid BagIt bag/);
    expect(folder.output).toMatch(/checking \d+\/\d+/);
    const archive = verify(`${bag}.tar.gz`);
    expect(archive.status, archive.output).toBe(0);
    expect(archive.output).toMatch(/valid BagIt bag \(tar\.gz\), \d+ files match their checksums/);
  });

  it('names the organisation transferring the bag when BAG_SOURCE_ORGANIZATION is set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongzhou-archives-'));
    try {
      const run = spawnSync(process.execPath, ['scripts/archive.ts', '--dist', 'dist', '--out', dir], {
        encoding: 'utf8',
        env: { ...process.env, BAG_SOURCE_ORGANIZATION: 'Example Library, Digital Preservation' },
      });
      expect(run.status, run.stderr).toBe(0);
      const name = readdirSync(dir).find((entry) => statSync(join(dir, entry)).isDirectory())!;
      const info = new Map(parseBagInfo(readFileSync(join(dir, name, 'bag-info.txt'), 'utf8')));
      expect(info.get('Source-Organization')).toBe('Example Library, Digital Preservation');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('packing the same dist/ again gives the same .tar.gz, byte for byte', () => {
    const again = mkdtempSync(join(tmpdir(), 'tongzhou-archives-'));
    try {
      expect(node(['scripts/archive.ts', '--dist', 'dist', '--out', again]).status).toBe(0);
      const name = `${bag.split('/').at(-1)}.tar.gz`;
      expect(readFileSync(join(again, name)).equals(readFileSync(join(out, name)))).toBe(true);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  }, 120_000);

  it('fails, naming the file, when a payload file is altered', () => {
    const copy = copyOfBag();
    writeFileSync(
      join(copy, 'data/vanguard/index.html'),
      readFileSync(join(copy, 'data/vanguard/index.html'), 'utf8').replace('党旗', '党棋'),
    );
    const run = verify(copy);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/altered: data\/vanguard\/index\.html/);
    rmSync(copy, { recursive: true, force: true });
  });

  it('fails, naming the file, when a payload file is deleted', () => {
    const copy = copyOfBag();
    unlinkSync(join(copy, 'data/og.png'));
    const run = verify(copy);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/missing: data\/og\.png/);
    rmSync(copy, { recursive: true, force: true });
  });

  it('fails, naming the file, when a payload file is added', () => {
    const copy = copyOfBag();
    writeFileSync(join(copy, 'data/extra.html'), '<p>not in the edition</p>');
    const run = verify(copy);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/extra: data\/extra\.html/);
    rmSync(copy, { recursive: true, force: true });
  });

  it('fails, naming the file, when a payload file inside a .tar.gz is altered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongzhou-bag-'));
    const name = bag.split('/').at(-1)!;
    const members = [...walkBag(bag)].map((path) => ({
      name: `${name}/${path}`,
      body: path === 'data/index.html' ? text('<p>forged</p>') : readFileSync(join(bag, path)),
    }));
    const file = join(dir, 'forged.tar.gz');
    writeFileSync(file, await tarBytes(members, { gzip: true }));
    const run = verify(file);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/altered: data\/index\.html/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('says how to use it without a path', () => {
    const run = node(['scripts/verify-archive.ts']);
    expect(run.status).toBe(2);
    expect(run.output).toMatch(/usage: npm run verify-archive \[--max-bytes N\] PATH/);
  });
});
