import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAG_INFO_WIDTH, parseBagInfo } from '../../scripts/archive/bagit.ts';
import { tarBytes } from '../support/hostile-archives.ts';
import { runChild } from '../support/child.ts';

const text = (value: string) => new TextEncoder().encode(value);

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
    const run = runChild(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
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
      const run = runChild(process.execPath, ['scripts/archive.ts', '--dist', 'dist', '--out', dir], {
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
