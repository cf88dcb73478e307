import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXED_CAP } from '../../scripts/archive/read-archive.ts';
import { smallBag, tarBytes, zipBytes, type Member } from '../support/hostile-archives.ts';
import { runChild } from '../support/child.ts';

const MiB = 1024 * 1024;
/** The most memory the verifier may take on any input. */
const MEMORY_BOUND_KIB = 300 * 1024;

const dir = mkdtempSync(join(tmpdir(), 'tongzhou-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `npm run verify-archive` on a file, measuring the child's peak resident memory. */
function verify(path: string, ...args: string[]) {
  const run = runChild(process.execPath, ['--import', './tests/support/peak-rss.mjs', 'scripts/verify-archive.ts', ...args, path], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * MiB,
  });
  const output = `${run.stdout}${run.stderr}`;
  const peak = Number(/peak RSS (\d+) KiB/.exec(output)?.[1]);
  const verdict = output
    .split('\n')
    .filter((line) => line.startsWith(`${path}:`) || /^(invalid|missing|extra|altered): /.test(line))
    .join(' | ')
    .replaceAll(`${path}: `, '');
  return { status: run.status, output, peak, verdict };
}

const rows: string[] = [];
afterAll(() => {
  console.log(['| input | message | exit | peak RSS |', '| --- | --- | --- | --- |', ...rows].join('\n'));
});

/** Writes an archive, verifies it, records the row, and expects exit 1 with a message matching `message` and bounded memory. */
async function refused(input: string, file: string, bytes: Buffer | Promise<Buffer>, message: RegExp, ...args: string[]) {
  const path = join(dir, file);
  writeFileSync(path, await bytes);
  const run = verify(path, ...args);
  rows.push(`| ${input} | ${run.verdict.replaceAll('|', '\\|')} | ${run.status} | ${(run.peak / 1024).toFixed(0)} MB |`);
  expect(run.status, run.output).toBe(1);
  expect(run.verdict, run.output).toMatch(message);
  expect(run.peak, 'peak RSS measured').toBeGreaterThan(0);
  expect(run.peak, `peak RSS ${run.peak} KiB`).toBeLessThan(MEMORY_BOUND_KIB);
  return run;
}

const text = (value: string) => new TextEncoder().encode(value);
const tgz = (members: readonly Member[]) => tarBytes(members, { gzip: true });

describe('a hostile archive is refused, naming the member, in bounded memory', () => {
  it('zip-slip: a consistent bag with a member climbing out of it', async () => {
    await refused(
      'zip-slip `bag/data/../../evil.txt`',
      'zip-slip.tar.gz',
      tgz([...smallBag(), { name: 'bag/data/../../evil.txt', body: text('evil') }]),
      /member “bag\/data\/\.\.\/\.\.\/evil\.txt” is a path climbing out/,
    );
  });

  it('an absolute path', async () => {
    await refused(
      'absolute path `/tmp/evil.txt`',
      'absolute.tar.gz',
      tgz([...smallBag(), { name: '/tmp/evil.txt', body: text('evil') }]),
      /member “\/tmp\/evil\.txt” is an absolute path/,
    );
  });

  it('a symbolic link, then a file through it', async () => {
    await refused(
      'symlink `bag/data/x → /outside`, then `bag/data/x/evil.txt`',
      'symlink.tar.gz',
      tgz([
        ...smallBag(),
        { name: 'bag/data/x', type: 'symlink', linkname: '/outside' },
        { name: 'bag/data/x/evil.txt', body: text('evil') },
      ]),
      /member “bag\/data\/x” is a symbolic link \(to “\/outside”\)/,
    );
  });

  it('a hard link', async () => {
    await refused(
      'hardlink `bag/data/h → bag/data/index.html`',
      'hardlink.tar.gz',
      tgz([...smallBag(), { name: 'bag/data/h', type: 'link', linkname: 'bag/data/index.html' }]),
      /member “bag\/data\/h” is a hard link \(to “bag\/data\/index\.html”\)/,
    );
  });

  it('a device file and a FIFO', async () => {
    await refused(
      'character device `bag/data/tty`',
      'device.tar',
      tarBytes([...smallBag(), { name: 'bag/data/tty', type: 'character-device' }]),
      /member “bag\/data\/tty” is a device/,
    );
    await refused(
      'FIFO `bag/data/pipe`',
      'fifo.tar',
      tarBytes([...smallBag(), { name: 'bag/data/pipe', type: 'fifo' }]),
      /member “bag\/data\/pipe” is a fifo/,
    );
  });

  it('a member given twice', async () => {
    await refused(
      'member twice `bag/data/index.html`',
      'twice.tar.gz',
      tgz([...smallBag(), { name: 'bag/data/index.html', body: text('<p>other</p>') }]),
      /member “bag\/data\/index\.html” appears twice/,
    );
  });

  it('a duplicated manifest line', async () => {
    const twice = smallBag('bag', (path, bytes) => {
      if (path !== 'manifest-sha512.txt') return bytes;
      const lines = new TextDecoder().decode(bytes).split('\n');
      return text([lines[0], ...lines].join('\n'));
    });
    await refused(
      'manifest line twice',
      'manifest-twice.tar.gz',
      tgz(twice),
      /manifest-sha512\.txt \(line 2: data\/about\/index\.html is listed twice \(also line 1\)/,
    );
  });

  it('a byte-order mark in bagit.txt', async () => {
    const bom = smallBag('bag', (path, bytes) => (path === 'bagit.txt' ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes));
    await refused('BOM in `bagit.txt`', 'bom.tar.gz', tgz(bom), /invalid: bagit\.txt \(starts with a byte-order mark/);
  });

  it('a manifest path outside data/', async () => {
    const outside = smallBag('bag', (path, bytes) =>
      path === 'manifest-sha512.txt' ? text(`${new TextDecoder().decode(bytes)}${'0'.repeat(128)}  ../../etc/passwd\n`) : bytes,
    );
    await refused(
      'manifest path `../../etc/passwd`',
      'manifest-outside.tar.gz',
      tgz(outside),
      /manifest-sha512\.txt \(line 3: \.\.\/\.\.\/etc\/passwd is a path climbing out/,
    );
  });

  it('a truncated and a corrupt gzip stream', async () => {
    const whole = await tgz([...smallBag(), { name: 'bag/data/big.bin', body: new Uint8Array(200_000).map((_, i) => (i * 7919) % 251) }]);
    await refused(
      'truncated gzip (first half)',
      'truncated.tar.gz',
      whole.subarray(0, whole.length >> 1),
      /cut short while reading member “bag\/data\/big\.bin”/,
    );
    const corrupt = Buffer.from(whole);
    const middle = corrupt.length >> 1;
    for (let i = middle; i < middle + 40; i++) corrupt[i] = corrupt[i]! ^ 0x5a;
    await refused(
      'corrupt gzip (40 bytes flipped mid-stream)',
      'corrupt.tar.gz',
      corrupt,
      /tar\.gz compression is damaged or cut short while reading member “bag\/data\/big\.bin”/,
    );
  });

  it('a decompression bomb under a bag that declares a small Payload-Oxum', async () => {
    const bomb = tgz([...smallBag().filter((m) => !m.name.includes('/data/')), { name: 'bag/data/zeros.bin', zeros: 1024 * MiB }]);
    const run = await refused(
      'bomb: 1 GiB of zeros in a 1 MB .tar.gz, Payload-Oxum 42.2',
      'bomb.tar.gz',
      bomb,
      /unpacks to more than \d+ bytes, what its Payload-Oxum declares.*while reading member “bag\/data\/zeros\.bin”: refused as a decompression bomb/,
    );
    expect(statSync(join(dir, 'bomb.tar.gz')).size).toBeLessThan(2 * MiB);
    expect(run.output).not.toMatch(/JavaScript heap|ERR_/);
  }, 120_000);

  it('a decompression bomb in a bag that declares no Payload-Oxum stops at the fixed cap', async () => {
    const noOxum = smallBag('bag').filter((m) => m.name !== 'bag/bag-info.txt' && !m.name.startsWith('bag/tagmanifest'));
    const bomb = tgz([...noOxum, { name: 'bag/data/zeros.bin', zeros: FIXED_CAP + 64 * MiB }]);
    await refused(
      `bomb: ${(FIXED_CAP + 64 * MiB) / MiB} MiB of zeros, no Payload-Oxum`,
      'bomb-no-oxum.tar.gz',
      bomb,
      new RegExp(`unpacks to more than ${FIXED_CAP} bytes, the cap for a bag that declares no Payload-Oxum .*“bag/data/zeros\\.bin”`),
    );
  }, 300_000);

  it('in a zip: a member climbing out, and a symbolic link', async () => {
    const bag = smallBag().map((member) => ({ name: member.name, body: member.body ?? new Uint8Array() }));
    await refused(
      'zip: zip-slip `bag/data/../../evil.txt`',
      'zip-slip.zip',
      zipBytes([...bag, { name: 'bag/data/../../evil.txt', body: text('evil') }]),
      /member “bag\/data\/\.\.\/\.\.\/evil\.txt” is refused/,
    );
    await refused(
      'zip: symlink `bag/data/x → /etc`',
      'symlink.zip',
      zipBytes([...bag, { name: 'bag/data/x', body: text('/etc'), mode: 0o120777 }]),
      /member “bag\/data\/x” is a symbolic link/,
    );
    // The same members without the hostile one verify: the zip itself is sound.
    const path = join(dir, 'sound.zip');
    writeFileSync(path, zipBytes(bag));
    expect(verify(path).status).toBe(0);
  });

  it('xz and files that are no archive get a plain message', async () => {
    await refused(
      'not an archive (HTML)',
      'page.tar.gz',
      Buffer.from('<!doctype html><p>not a tarball</p>'),
      /is not a tar, \.tar\.gz, \.tar\.zst or \.zip archive/,
    );
    const xz = runChild('xz', ['-c'], { input: await tarBytes(smallBag()) });
    expect(xz.status, 'xz is installed').toBe(0);
    await refused(
      '.tar.xz',
      'bag.tar.xz',
      xz.stdout,
      /is xz-compressed, which this tool does not read; it reads \.tar, \.tar\.gz, \.tar\.zst and \.zip/,
    );
  });
});

describe('a bag repacked with other tools verifies', () => {
  let out: string;
  let name: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'tongzhou-repack-'));
    const run = runChild(process.execPath, ['scripts/archive.ts', '--dist', 'dist', '--out', out], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    name = readdirSync(out).find((entry) => statSync(join(out, entry)).isDirectory())!;
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  const gnu = (args: string[]) => {
    const run = runChild('tar', args, { cwd: out, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
  };

  it('GNU tar -czf in its default format, with paths over 100 characters as LongLink records', () => {
    gnu(['-czf', 'gnu.tar.gz', name]);
    const listing = runChild('tar', ['-tzf', 'gnu.tar.gz'], { cwd: out, encoding: 'utf8' }).stdout.split('\n');
    expect(Math.max(...listing.map((path) => path.length)), 'the archive holds a path too long for a plain tar header').toBeGreaterThan(
      100,
    );
    expect(gunzipSync(readFileSync(join(out, 'gnu.tar.gz'))).includes('././@LongLink'), 'GNU tar wrote LongLink records').toBe(true);
    const run = verify(join(out, 'gnu.tar.gz'));
    rows.push(`| GNU \`tar -czf\` repack | ${run.verdict} | ${run.status} | ${(run.peak / 1024).toFixed(0)} MB |`);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(/valid BagIt bag \(tar\.gz\), \d+ files match their checksums/);
  });

  it('GNU tar from ./NAME, plain .tar, .tar.zst and zip', () => {
    gnu(['-czf', 'dot.tar.gz', `./${name}`]);
    gnu(['-cf', 'plain.tar', name]);
    gnu(['--zstd', '-cf', 'bag.tar.zst', name]);
    expect(runChild('zip', ['-qr', 'bag.zip', name], { cwd: out }).status, 'zip is installed').toBe(0);
    for (const file of ['dot.tar.gz', 'plain.tar', 'bag.tar.zst', 'bag.zip']) {
      const run = verify(join(out, file));
      rows.push(`| ${file} | ${run.verdict} | ${run.status} | ${(run.peak / 1024).toFixed(0)} MB |`);
      expect(run.status, run.output).toBe(0);
    }
  });
});
