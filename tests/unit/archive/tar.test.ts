import { describe, expect, it } from 'vitest';
import { readTar, tarArchive } from '../../../scripts/archive/tar.ts';

const text = (value: string) => new TextEncoder().encode(value);

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
