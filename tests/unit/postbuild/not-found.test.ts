import { describe, expect, it } from 'vitest';
import { absolutizeHtml, inlineStylesheets, styleHash } from '@/integrations/postbuild/not-found.ts';

// The digests are from `printf '%s' 'body{color:red}' | openssl dgst -sha256 -binary | base64`.
const RED = "'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E='";
const MARGIN = "'sha256-QRQPRLGyxt3RJiKpYNjpkgHcmHU2PywsfL2e8oI0LQA='";
const CSP = `<meta http-equiv="content-security-policy" content="default-src 'none'; style-src 'self' 'sha256-a'; img-src 'self'">`;
const STYLES: Record<string, string> = { '/_astro/a.css': 'body{color:red}', '/_astro/b.css': 'p{margin:0}' };

describe('styleHash', () => {
  it('is the CSP source of the style’s SHA-256 digest in base64, quoted', () => {
    expect(styleHash('body{color:red}')).toBe(RED);
    expect(styleHash('p{margin:0}')).toBe(MARGIN);
  });
});

describe('inlineStylesheets', () => {
  it('puts each stylesheet in a <style> where its link stood, and adds each one’s hash to style-src, in order', () => {
    const html = `<head>${CSP}<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css" /></head><p>x</p>`;
    expect(inlineStylesheets(html, (href) => STYLES[href] ?? '')).toBe(
      `<head><meta http-equiv="content-security-policy" content="default-src 'none'; style-src 'self' 'sha256-a' ${RED} ${MARGIN}; img-src 'self'">` +
        '<style>body{color:red}</style><style>p{margin:0}</style></head><p>x</p>',
    );
  });

  it('returns a page with no stylesheet as it is, and reads no file', () => {
    const html = `<head>${CSP}<link rel="icon" href="/favicon.svg"></head>`;
    expect(inlineStylesheets(html, () => expect.unreachable('no stylesheet to read'))).toBe(html);
  });

  it('inlines but adds no hash where the policy has no style-src', () => {
    const html = `<meta http-equiv="content-security-policy" content="default-src 'self'"><link rel="stylesheet" href="/_astro/a.css">`;
    expect(inlineStylesheets(html, (href) => STYLES[href] ?? '')).toBe(
      `<meta http-equiv="content-security-policy" content="default-src 'self'"><style>body{color:red}</style>`,
    );
  });

  it('refuses a stylesheet that would close its <style> early, naming it', () => {
    const html = `${CSP}<link rel="stylesheet" href="/_astro/evil.css">`;
    expect(() => inlineStylesheets(html, () => 'a{}</STYLE><script>')).not.toThrow();
    expect(() => inlineStylesheets(html, () => 'a{}</style><script>')).toThrow('/_astro/evil.css holds “</style”: it cannot be inlined');
  });
});

describe('absolutizeHtml', () => {
  const site = 'https://example.org/archive/tongzhou/';

  it('makes every root-relative href and src absolute on the site, in either quotes', () => {
    expect(absolutizeHtml(`<a href="/">home</a><a href='/full/#x'>full</a><img alt="" src="/og.png">`, site)).toBe(
      `<a href="${site}">home</a><a href='${site}full/#x'>full</a><img alt="" src="${site}og.png">`,
    );
    expect(absolutizeHtml('<a href="/vanguard/">二</a>', 'https://example.org/')).toBe('<a href="https://example.org/vanguard/">二</a>');
  });

  it('leaves absolute, protocol-relative, fragment and relative links, and other attributes, as they are', () => {
    const html = `<a href="https://e.org/">out</a><a href="//cdn.example/x">cdn</a><a href="#top">top</a><a href="full/">full</a><a data-href="/x">x</a><p>/full/</p>`;
    expect(absolutizeHtml(html, site)).toBe(html);
  });
});
