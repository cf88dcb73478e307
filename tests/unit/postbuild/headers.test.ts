import { describe, expect, it } from 'vitest';
import { COMMON_HEADERS, cspFirst, metaCsp, pagePaths, renderHeaders } from '@/integrations/postbuild/headers.ts';

describe('metaCsp', () => {
  it('reads the policy of a page’s <meta>, its entities decoded', () => {
    const html =
      '<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src &#39;none&#39;; script-src &#39;sha256-a&amp;b&#39;"></head>';
    expect(metaCsp(html)).toBe("default-src 'none'; script-src 'sha256-a&b'");
  });

  it('matches the attribute whatever its case, and is null for a page without one', () => {
    expect(metaCsp('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">')).toBe("default-src 'none'");
    expect(metaCsp('<meta name="description" content="default-src">')).toBeNull();
    expect(metaCsp('<meta http-equiv="content-security-policy" content="report-to &quot;x&quot;">')).toBe('report-to "x"');
  });
});

describe('cspFirst', () => {
  const CSP = `<meta http-equiv="content-security-policy" content="default-src 'none'">`;

  it('moves the policy right after the charset, before any script or link, once', () => {
    const html = `<head><meta charset="utf-8"><link rel="icon" href="x"><script>1</script>${CSP}</head>`;
    const moved = `<head><meta charset="utf-8">${CSP}<link rel="icon" href="x"><script>1</script></head>`;
    expect(cspFirst(html)).toBe(moved);
    expect(cspFirst(moved)).toBe(moved);
    expect(cspFirst(`<head><META CHARSET="utf-8" /><b></b>${CSP.toUpperCase()}</head>`)).toBe(
      `<head><META CHARSET="utf-8" />${CSP.toUpperCase()}<b></b></head>`,
    );
    const selfClosing = CSP.replace('>', ' />');
    expect(cspFirst(`<head><meta charset="utf-8"><b></b>${selfClosing}</head>`)).toBe(
      `<head><meta charset="utf-8">${selfClosing}<b></b></head>`,
    );
  });

  it('leaves a page without a policy or without a charset as it is', () => {
    expect(cspFirst('<head><meta charset="utf-8"><script>1</script></head>')).toBe('<head><meta charset="utf-8"><script>1</script></head>');
    expect(cspFirst(`<head><script>1</script>${CSP}</head>`)).toBe(`<head><script>1</script>${CSP}</head>`);
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

describe('COMMON_HEADERS', () => {
  it('are the headers every response needs, written out', () => {
    expect(COMMON_HEADERS).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy':
        'accelerometer=(), camera=(), geolocation=(), gyroscope=(), microphone=(), payment=(), usb=(), browsing-topics=()',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
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

  it('trims the policy, and keeps a last directive that has no value', () => {
    expect(
      renderHeaders([{ file: '404.html', csp: "  default-src 'none';upgrade-insecure-requests  " }])
        .split('\n')
        .at(-2),
    ).toBe("  Content-Security-Policy: default-src 'none'; upgrade-insecure-requests; frame-ancestors 'none'");
  });

  it('leaves the pages it was given as they were', () => {
    expect(pages.map((page) => page.file)).toEqual(['vanguard/index.html', '404.html']);
  });
});
