import { describe, expect, it } from 'vitest';
import { byPath, foldersOf } from '../../../scripts/archive/tar.ts';

describe('tar', () => {
  it('lists every folder above the files, once', () => {
    expect(foldersOf(['bag/data/a/b.txt', 'bag/data/c.txt', 'bag/bagit.txt']).sort()).toEqual(['bag/', 'bag/data/', 'bag/data/a/']);
  });

  it('orders paths by their code units, as every machine and locale does: upper case before lower, a folder before what is in it', () => {
    expect(byPath('bag/a', 'bag/b')).toBe(-1);
    expect(byPath('bag/b', 'bag/a')).toBe(1);
    expect(byPath('bag/a', 'bag/a')).toBe(0);
    expect(['bag/data/b.txt', 'bag/Z.txt', 'bag/data/', 'bag/bagit.txt', 'bag/'].sort(byPath)).toEqual([
      'bag/',
      'bag/Z.txt',
      'bag/bagit.txt',
      'bag/data/',
      'bag/data/b.txt',
    ]);
  });
});
