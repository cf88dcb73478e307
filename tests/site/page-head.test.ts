import { describe, expect, it } from 'vitest';
import { cspFirst, metaCsp } from '@/integrations/postbuild/headers.ts';
import { absolutizeHtml, inlineStylesheets, styleHash } from '@/integrations/postbuild/not-found.ts';
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
  it('has its stylesheets inlined, each allowed by its hash in the policy', () => {
    const html = `<head><meta charset="utf-8">${CSP}<link rel="stylesheet" href="/_astro/a.css"></head>`;
    const inlined = inlineStylesheets(html, (href) => (href === '/_astro/a.css' ? 'body{color:red}' : ''));
    expect(inlined).toContain('<style>body{color:red}</style>');
    expect(inlined).not.toContain('rel="stylesheet"');
    expect(metaCsp(inlined)).toBe(`default-src 'none'; style-src 'self' 'sha256-a' ${styleHash('body{color:red}')};`);
    expect(styleHash('body{color:red}')).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(() => inlineStylesheets(html, () => 'a{}</style><script>')).toThrow(/cannot be inlined/);
  });

  it('gets absolute links on a known site, in a folder or not', () => {
    const html = '<a href="/">home</a><a href="/full/#x">full</a><img src="/og.png"><a href="https://e.org/">out</a><a href="#top">top</a>';
    expect(absolutizeHtml(html, 'https://example.org/archive/tongzhou/')).toBe(
      '<a href="https://example.org/archive/tongzhou/">home</a><a href="https://example.org/archive/tongzhou/full/#x">full</a><img src="https://example.org/archive/tongzhou/og.png"><a href="https://e.org/">out</a><a href="#top">top</a>',
    );
  });

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
