import { describe, expect, it } from 'vitest';
import { cspFirst } from '@/integrations/postbuild/headers.ts';
import { robotsAtRoot } from '@/integrations/postbuild/sitemap.ts';
import { builtPage, PAGES } from '../support/dist.ts';
import { EN_PAGES } from '../support/english.ts';

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'none'; style-src 'self' 'sha256-a';">`;

describe('the CSP <meta> comes first', () => {
  it('moves the policy right after the charset, before any script or link', () => {
    const html = `<html><head><meta charset="utf-8"><link rel="icon" href="x"><script>1</script>${CSP}</head></html>`;
    expect(cspFirst(html)).toBe(`<html><head><meta charset="utf-8">${CSP}<link rel="icon" href="x"><script>1</script></head></html>`);
    expect(cspFirst(cspFirst(html))).toBe(cspFirst(html));
  });

  it('in every built page', () => {
    for (const path of [...PAGES, ...EN_PAGES]) {
      expect(builtPage(path), path).toMatch(/<head><meta charset="utf-8"><meta http-equiv="content-security-policy" /);
    }
  });
});

describe('the 404 page, wherever it is served', () => {
  it('built without SITE_URL, carries its styles inline and links relative to the root', () => {
    const html = builtPage('404.html');
    expect(html).not.toContain('rel="stylesheet"');
    expect(html).toMatch(/<a href="\.\/full\/index\.html">阅读全文<\/a>/);
  });
});

describe('robots.txt', () => {
  it('is written only for a site at its host’s root', () => {
    expect(robotsAtRoot('https://example.org/')).toBe(true);
    expect(robotsAtRoot('https://example.org/archive/tongzhou/')).toBe(false);
  });
});
