import { describe, expect, it } from 'vitest';
import { COMMON_HEADERS, metaCsp, pagePaths, renderHeaders } from '@/integrations/postbuild/headers.ts';

describe('metaCsp', () => {
  it('reads the policy of a page’s <meta>, its entities decoded', () => {
    const html =
      '<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src &#39;none&#39;; script-src &#39;sha256-a&amp;b&#39;"></head>';
    expect(metaCsp(html)).toBe("default-src 'none'; script-src 'sha256-a&b'");
  });

  it('matches the attribute whatever its case, and is null for a page without one', () => {
    expect(metaCsp('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">')).toBe("default-src 'none'");
    expect(metaCsp('<meta name="description" content="default-src">')).toBeNull();
  });
});

describe('pagePaths', () => {
  it('gives a folder’s page both its folder URL and its file', () => {
    expect(pagePaths('index.html')).toEqual(['/', '/index.html']);
    expect(pagePaths('vanguard/index.html')).toEqual(['/vanguard/', '/vanguard/index.html']);
    expect(pagePaths('en/vanguard/index.html')).toEqual(['/en/vanguard/', '/en/vanguard/index.html']);
  });

  it('gives any other page its file alone', () => {
    expect(pagePaths('404.html')).toEqual(['/404.html']);
  });
});

describe('renderHeaders', () => {
  const pages = [
    { file: 'vanguard/index.html', csp: "default-src 'none';script-src 'self';" },
    { file: '404.html', csp: "default-src 'none'" },
  ];
  const text = renderHeaders(pages);

  it('starts with the common headers for every path', () => {
    const common = Object.entries(COMMON_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
    expect(text.split('\n').slice(0, common.length + 1)).toEqual(['/*', ...common]);
    expect(text.split('\n/*\n')).toHaveLength(1);
  });

  it('gives each page its own policy on each of its paths, sorted by file, with frame-ancestors added', () => {
    expect(text.split('\n').slice(Object.keys(COMMON_HEADERS).length + 1)).toEqual([
      '/404.html',
      "  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'",
      '/vanguard/',
      "  Content-Security-Policy: default-src 'none'; script-src 'self'; frame-ancestors 'none'",
      '/vanguard/index.html',
      "  Content-Security-Policy: default-src 'none'; script-src 'self'; frame-ancestors 'none'",
      '',
    ]);
  });

  it('leaves the pages it was given as they were', () => {
    expect(pages.map((page) => page.file)).toEqual(['vanguard/index.html', '404.html']);
  });
});
