import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bagInfoText,
  decodePath,
  encodePath,
  makeBag,
  manifestText,
  parseBagInfo,
  parseManifest,
  payloadOxum,
  verifyBag,
  type BagFile,
  type BagSource,
} from '../scripts/archive/bagit.ts';
import { readTar, tarArchive } from '../scripts/archive/tar.ts';

const text = (value: string) => new TextEncoder().encode(value);
const memory = (files: readonly BagFile[]): BagSource => {
  const map = new Map(files.map((file) => [file.path, file.bytes]));
  return { list: () => [...map.keys()], read: (path) => map.get(path)! };
};

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
    expect(parseManifest(manifest, 'm')).toEqual(
      new Map([
        ['data/a.txt', 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb'],
        ['data/b.txt', '3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d'],
      ]),
    );
    expect(() => parseManifest('not a manifest line', 'manifest-sha256.txt')).toThrow(/manifest-sha256\.txt, line 1/);
  });

  it('computes Payload-Oxum as octets.files', () => {
    expect(payloadOxum([{ bytes: text('abc') }, { bytes: text('de') }])).toBe('5.2');
  });

  it('writes bag-info with continuation lines and reads it back', () => {
    const info = bagInfoText([
      ['Source-Organization', '北京支部生活'],
      ['External-Description', 'one\ntwo'],
    ]);
    expect(info).toBe('Source-Organization: 北京支部生活\nExternal-Description: one\n    two\n');
    expect(parseBagInfo(info)).toEqual([
      ['Source-Organization', '北京支部生活'],
      ['External-Description', 'one two'],
    ]);
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
    expect(verifyBag(memory(bag)).problems).toEqual([]);
    const altered = bag.map((file) => (file.path === 'data/index.html' ? { ...file, bytes: text('<p>ho</p>') } : file));
    expect(verifyBag(memory(altered)).problems.map((p) => `${p.kind} ${p.path}`)).toEqual(['altered data/index.html']);
    const added = [...bag, { path: 'data/new.html', bytes: text('x') }];
    expect(verifyBag(memory(added)).problems.map((p) => `${p.kind} ${p.path}`)).toEqual(['extra data/new.html', 'invalid bag-info.txt']);
    const removed = bag.filter((file) => file.path !== 'data/index.html');
    expect(verifyBag(memory(removed)).problems.map((p) => `${p.kind} ${p.path}`)).toEqual([
      'missing data/index.html',
      'invalid bag-info.txt',
    ]);
    const tagAltered = bag.map((file) => (file.path === 'bag-info.txt' ? { ...file, bytes: text('Source-Organization: y\n') } : file));
    expect(verifyBag(memory(tagAltered)).problems.map((p) => `${p.kind} ${p.path}`)).toEqual(['altered bag-info.txt']);
  });
});

describe('tar', () => {
  const entries = [
    { path: 'bag/data/index.html', bytes: text('<p>hi</p>') },
    { path: `bag/data/${'deep/'.repeat(30)}file.txt`, bytes: text('long path') },
    { path: 'bag/data/文章.txt', bytes: text('not ASCII') },
    { path: 'bag/bagit.txt', bytes: text('BagIt-Version: 1.0\n') },
  ];

  it('reads back what it writes, long and non-ASCII paths included', () => {
    const archive = tarArchive(entries, 1_700_000_000);
    expect(archive.length % 512).toBe(0);
    expect(readTar(archive).map((e) => [e.path, new TextDecoder().decode(e.bytes)])).toEqual(
      [...entries].sort((a, b) => (a.path < b.path ? -1 : 1)).map((e) => [e.path, new TextDecoder().decode(e.bytes)]),
    );
  });

  it('gives the same bytes for the same entries in any order', () => {
    expect(tarArchive(entries, 1)).toEqual(tarArchive([...entries].reverse(), 1));
  });

  it('refuses a damaged header', () => {
    const archive = tarArchive(entries, 1);
    archive[10] = archive[10]! ^ 0xff;
    expect(() => readTar(archive)).toThrow(/damaged/);
  });
});

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
    expect(info.get('Source-Organization')).toBeTruthy();
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
  });

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

  it('fails, naming the file, when a payload file inside the .tar.gz is altered', () => {
    const archive = readTar(gunzipSync(readFileSync(`${bag}.tar.gz`)));
    const changed = archive.map((entry) => (entry.path.endsWith('/data/index.html') ? { ...entry, bytes: text('<p>forged</p>') } : entry));
    const dir = mkdtempSync(join(tmpdir(), 'tongzhou-bag-'));
    const file = join(dir, 'forged.tar.gz');
    writeFileSync(file, gzipSync(tarArchive(changed, 0)));
    const run = verify(file);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/altered: data\/index\.html/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('says how to use it without a path', () => {
    const run = node(['scripts/verify-archive.ts']);
    expect(run.status).toBe(2);
    expect(run.output).toMatch(/usage: npm run verify-archive PATH/);
  });
});
