import { describe, expect, it } from 'vitest';
import { COMMON_HEADERS, renderHeaders } from '../../../src/integrations/postbuild/headers.ts';
import { headersFor, parseHeadersFile, pathMatches } from '../../../scripts/archive/headers-file.ts';

describe('reading _headers', () => {
  it('gives back what the build writes: the common headers everywhere, a page’s policy on its two addresses only', () => {
    const rules = parseHeadersFile(renderHeaders([{ file: 'vanguard/index.html', csp: "default-src 'none'; img-src 'self';" }]));
    const page = headersFor(rules, '/vanguard/');
    expect(page).toEqual([
      ...Object.entries(COMMON_HEADERS),
      ['Content-Security-Policy', "default-src 'none'; img-src 'self'; frame-ancestors 'none'"],
    ]);
    expect(headersFor(rules, '/vanguard/index.html')).toEqual(page);
    expect(headersFor(rules, '/style.css')).toEqual(Object.entries(COMMON_HEADERS));
    expect(headersFor(rules, '/organizing/')).toEqual(Object.entries(COMMON_HEADERS));
  });

  it('skips comments and blank lines, and joins a header named twice as the hosts do', () => {
    const rules = parseHeadersFile('# comment\n\n/*\n  Link: <a>\n\n/en/*\n  # inner comment\n  link: <b>\n  X-Robots-Tag: noindex\n');
    expect(rules.map((rule) => [rule.pattern, rule.line])).toEqual([
      ['/*', 3],
      ['/en/*', 6],
    ]);
    expect(headersFor(rules, '/en/vanguard/')).toEqual([
      ['Link', '<a>, <b>'],
      ['X-Robots-Tag', 'noindex'],
    ]);
    expect(headersFor(rules, '/vanguard/')).toEqual([['Link', '<a>']]);
  });

  it('takes an unindented line with spaces inside it as a path, whole', () => {
    expect(parseHeadersFile('/a b/*\n  X-Robots-Tag: noindex\n')).toEqual([
      { pattern: '/a b/*', headers: [['X-Robots-Tag', 'noindex']], line: 1 },
    ]);
  });

  it('matches * as any run of characters and everything else literally', () => {
    expect(pathMatches('/*', '/')).toBe(true);
    expect(pathMatches('/*', '/a/b.css')).toBe(true);
    expect(pathMatches('/en/*', '/en/')).toBe(true);
    expect(pathMatches('/en/*', '/enx/')).toBe(false);
    expect(pathMatches('/*.css', '/a/b.css')).toBe(true);
    expect(pathMatches('/index.html', '/indexxhtml')).toBe(false);
    expect(pathMatches('/a+b(c)', '/a+b(c)')).toBe(true);
  });

  it('names the file and line of a header with no path above it, or a line that is not “Name: value”', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n', 'dist/_headers')).toThrow(
      /^dist\/_headers:1: header “X-Frame-Options: DENY” has no path above it/,
    );
    expect(() => parseHeadersFile('/*\n  X-Frame-Options DENY\n', 'dist/_headers')).toThrow(
      /^dist\/_headers:2: expected “Name: value” under \/\*, found “X-Frame-Options DENY”/,
    );
    expect(() => parseHeadersFile('/*\n  : value\n')).toThrow(/_headers:2/);
  });
});
