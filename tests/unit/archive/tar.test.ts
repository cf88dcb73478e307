import { describe, expect, it } from 'vitest';
import { foldersOf } from '../../../scripts/archive/tar.ts';

describe('tar', () => {
  it('lists every folder above the files, once', () => {
    expect(foldersOf(['bag/data/a/b.txt', 'bag/data/c.txt', 'bag/bagit.txt']).sort()).toEqual(['bag/', 'bag/data/', 'bag/data/a/']);
  });
});
