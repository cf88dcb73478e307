import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFiles } from '@/lib/check/content-check.ts';
import { referencePinProblem, REFERENCE_SHA256, sha256 } from '@/lib/check/reference-pin.ts';
import { edited } from '../../support/content-files.ts';

describe('the reference pin', () => {
  it('holds the reference text to its SHA-256', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(referencePinProblem('r.txt', 'abc', sha256('abc'))).toBeNull();
    expect(REFERENCE_SHA256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names a changed reference once, and does not blame the text for disagreeing with it', () => {
    const files: ContentFiles = edited('content/reference/article.txt', (t) => t.replace('(责任编辑:袁瑛)', '(责任编辑:袁英)'));
    expect(checkContent(files).problems).toEqual([
      'content/reference/article.txt:1:1: 参考文本被改动了。它是原刊文章的逐字副本，永远不改：请撤销改动（git checkout -- content/reference/article.txt，或用 git diff content/reference/article.txt 查看改了哪里）。原文印错的地方，请在 content/errata.yaml 里加一条勘误。\n' +
        '    the reference text has been changed (its SHA-256 is b705fb48f2c4…, pinned d6802c8357b8…). It is the verbatim copy of the printed article and is never edited: undo the change (git checkout -- content/reference/article.txt; git diff content/reference/article.txt shows where). To correct a misprint, add an entry to content/errata.yaml.',
    ]);
  });
});
