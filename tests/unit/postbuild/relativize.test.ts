import { describe, expect, it } from 'vitest';
import { fileOf, relativeUrl, relativizeHtml } from '@/integrations/postbuild/relativize.ts';

describe('fileOf', () => {
  it('names the index.html of a folder URL and leaves files alone', () => {
    expect(fileOf('/')).toBe('/index.html');
    expect(fileOf('/vanguard/')).toBe('/vanguard/index.html');
    expect(fileOf('/_astro/a.css')).toBe('/_astro/a.css');
  });
});

describe('relativeUrl', () => {
  it('leads from a page in a folder to pages, assets and fragments, naming index.html', () => {
    expect(relativeUrl('vanguard/index.html', '/')).toBe('../index.html');
    expect(relativeUrl('vanguard/index.html', '/organizing/')).toBe('../organizing/index.html');
    expect(relativeUrl('vanguard/index.html', '/vanguard/')).toBe('./index.html');
    expect(relativeUrl('vanguard/index.html', '/organizing/#organizing-2')).toBe('../organizing/index.html#organizing-2');
    expect(relativeUrl('vanguard/index.html', '/_astro/a.css')).toBe('../_astro/a.css');
  });

  it('keeps a fragment on the page itself a bare fragment, so following it does not reload the page', () => {
    expect(relativeUrl('vanguard/index.html', '/vanguard/#vanguard-4')).toBe('#vanguard-4');
    expect(relativeUrl('index.html', '/#lede-2')).toBe('#lede-2');
    // With a query it is another URL: the file must be named.
    expect(relativeUrl('vanguard/index.html', '/vanguard/?q=1#vanguard-4')).toBe('./index.html?q=1#vanguard-4');
    expect(relativeUrl('vanguard/index.html', '/vanguard/?q=1')).toBe('./index.html?q=1');
  });

  it('leads from the root page', () => {
    expect(relativeUrl('index.html', '/')).toBe('./index.html');
    expect(relativeUrl('index.html', '/full/')).toBe('./full/index.html');
    expect(relativeUrl('404.html', '/favicon.svg')).toBe('./favicon.svg');
    expect(relativeUrl('index.html', '/search/?q=637')).toBe('./search/index.html?q=637');
    expect(relativeUrl('index.html', '/search/?q=637#top')).toBe('./search/index.html?q=637#top');
  });
});

describe('relativizeHtml', () => {
  it('rewrites root-relative href and src, and nothing else', () => {
    const html =
      '<a href="/full/">全文</a><img src="/a.png"><a href="https://example.org/">x</a><a href="//cdn/x">y</a><a href="#main">z</a>';
    expect(relativizeHtml(html, 'vanguard/index.html')).toBe(
      '<a href="../full/index.html">全文</a><img src="../a.png"><a href="https://example.org/">x</a><a href="//cdn/x">y</a><a href="#main">z</a>',
    );
  });

  it('rewrites action and poster too, in single or double quotes', () => {
    expect(relativizeHtml(`<form action='/search/'></form><video poster="/p.png"></video>`, 'en/index.html')).toBe(
      `<form action='../search/index.html'></form><video poster="../p.png"></video>`,
    );
  });

  it('leaves text that only looks like an attribute alone', () => {
    const html = '<p>href="/x/" is text</p>';
    expect(relativizeHtml(html, 'index.html')).toBe(html);
  });
});
