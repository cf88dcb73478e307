import { describe, expect, it } from 'vitest';
import { forIndexing, isIndexed } from '@/lib/search/indexable.ts';

describe('forIndexing', () => {
  it('reads a corrected reading’s <ins> as a <span>, its attributes and text kept', () => {
    const page = '<p id="vanguard-5">号召<a id="e-text" class="erratum"><ins cite="#e" datetime="2026-11-29">全镇</ins></a>在职党员</p>';
    expect(forIndexing(page)).toBe(
      '<p id="vanguard-5">号召<a id="e-text" class="erratum"><span cite="#e" datetime="2026-11-29">全镇</span></a>在职党员</p>',
    );
  });

  it('changes every <ins>, in either case, and no other tag or text', () => {
    expect(forIndexing('<INS>a</INS><ins>b</ins>')).toBe('<span>a</span><span>b</span>');
    const untouched = '<input name="q"><insert>x</insert><p>insulin &lt;ins&gt; <span class="ins">y</span></p>';
    expect(forIndexing(untouched)).toBe(untouched);
  });
});

describe('isIndexed', () => {
  it('holds for a page with a data-pagefind-body region, in any attribute form', () => {
    expect(isIndexed('<main data-pagefind-body>')).toBe(true);
    expect(isIndexed('<main data-pagefind-body="">')).toBe(true);
    expect(isIndexed('<main class="x" data-pagefind-body class="y">')).toBe(true);
  });

  it('does not hold for a page without one, or with a longer attribute of that name', () => {
    expect(isIndexed('<main><p>data-pagefind-body</p></main>')).toBe(false);
    expect(isIndexed('<main data-pagefind-body-x>')).toBe(false);
  });
});
