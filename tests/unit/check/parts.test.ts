import { describe, expect, it } from 'vitest';
import { checkParts, partProblems } from '@/lib/check/parts.ts';
import { CONTENT, partFile } from '@/lib/content/layout.ts';

describe('checkParts', () => {
  const ids = ['lede', 'organizing'];

  const ok = [
    { id: 'lede', order: 0, filePath: partFile('lede') },
    { id: 'organizing', order: 1, filePath: partFile('organizing') },
  ];

  it('accepts known ids with distinct orders', () => {
    expect(() => checkParts(ok, ids)).not.toThrow();
  });

  it('names an unknown id, a missing part and a clashing order', () => {
    expect(() => checkParts([...ok, { id: 'extra', order: 2, filePath: partFile('extra') }], ids)).toThrow(
      'content/article/extra.mdx: unknown section id “extra”; expected one of lede, organizing',
    );
    expect(() => checkParts([ok[0]!], ids)).toThrow('content/article/organizing.mdx: missing');
    expect(() => checkParts([ok[0]!, { ...ok[1]!, order: 0 }], ids)).toThrow(
      'content/article/organizing.mdx: order 0 is already used by content/article/lede.mdx',
    );
  });

  it('puts each problem on its own line of the message', () => {
    expect(() => checkParts([], ids)).toThrow(
      'content/article/lede.mdx: missing; every part of the article needs its file\n' +
        'content/article/organizing.mdx: missing; every part of the article needs its file',
    );
  });

  it('names the English folder when an English part is missing', () => {
    expect(() => checkParts([], ['lede'], CONTENT.en.article)).toThrow('content/en/article/lede.mdx: missing');
  });
});

describe('partProblems', () => {
  const ids = ['lede', 'organizing', 'vanguard'];
  const files = ids.map((id, order) => ({ id, order, filePath: partFile(id), line: 3 }));

  it('finds nothing wrong with known ids and distinct orders', () => {
    expect(partProblems(files, ids)).toEqual([]);
  });

  it('takes one unknown file and one missing one for a rename', () => {
    expect(partProblems([files[0]!, files[1]!, { ...files[2]!, id: 'vangard', filePath: partFile('vangard') }], ids)).toEqual([
      'content/article/vangard.mdx: unknown section id “vangard”; expected one of lede, organizing, vanguard (and content/article/vanguard.mdx is missing: was it renamed?)',
    ]);
  });

  it('reports a lone unknown file without a rename hint when no part is missing', () => {
    expect(partProblems([...files, { id: 'extra', order: 3, filePath: partFile('extra') }], ids)).toEqual([
      'content/article/extra.mdx: unknown section id “extra”; expected one of lede, organizing, vanguard',
    ]);
  });

  it('gives no rename hint for two unknown files and one missing', () => {
    const odd = [
      { id: 'x', order: 2, filePath: partFile('x') },
      { id: 'y', order: 3, filePath: partFile('y') },
    ];
    expect(partProblems([files[0]!, files[1]!, ...odd], ids)).toEqual([
      'content/article/x.mdx: unknown section id “x”; expected one of lede, organizing, vanguard',
      'content/article/y.mdx: unknown section id “y”; expected one of lede, organizing, vanguard',
      'content/article/vanguard.mdx: missing; every part of the article needs its file',
    ]);
  });

  it('gives no rename hint for one unknown file and two missing, and names both missing', () => {
    expect(partProblems([files[0]!, { id: 'x', order: 1, filePath: partFile('x') }], ids)).toEqual([
      'content/article/x.mdx: unknown section id “x”; expected one of lede, organizing, vanguard',
      'content/article/organizing.mdx: missing; every part of the article needs its file',
      'content/article/vanguard.mdx: missing; every part of the article needs its file',
    ]);
  });

  it('names the line of a clashing order, and ignores a part whose order could not be read', () => {
    expect(partProblems([files[0]!, files[1]!, { ...files[2]!, order: 1 }], ids)).toEqual([
      'content/article/vanguard.mdx:3: order 1 is already used by content/article/organizing.mdx; expected each part to have its own order',
    ]);
    expect(partProblems([files[0]!, files[1]!, { ...files[2]!, order: undefined }], ids)).toEqual([]);
  });
});
