import { describe, expect, it } from 'vitest';
import { relativeUrl, relativizeHtml } from '@/lib/relativize.ts';

describe('relativeUrl', () => {
  it('leads from a page in a folder to pages, assets and fragments', () => {
    expect(relativeUrl('vanguard/index.html', '/')).toBe('../');
    expect(relativeUrl('vanguard/index.html', '/organizing/')).toBe('../organizing/');
    expect(relativeUrl('vanguard/index.html', '/vanguard/')).toBe('./');
    expect(relativeUrl('vanguard/index.html', '/vanguard/#vanguard-4')).toBe('./#vanguard-4');
    expect(relativeUrl('vanguard/index.html', '/_astro/a.css')).toBe('../_astro/a.css');
  });

  it('leads from the root page', () => {
    expect(relativeUrl('index.html', '/')).toBe('./');
    expect(relativeUrl('index.html', '/full/')).toBe('./full/');
    expect(relativeUrl('404.html', '/favicon.svg')).toBe('./favicon.svg');
    expect(relativeUrl('index.html', '/search/?q=637')).toBe('./search/?q=637');
  });
});

describe('relativizeHtml', () => {
  it('rewrites root-relative href and src, and nothing else', () => {
    const html =
      '<a href="/full/">全文</a><img src="/a.png"><a href="https://example.org/">x</a><a href="//cdn/x">y</a><a href="#main">z</a>';
    expect(relativizeHtml(html, 'vanguard/index.html')).toBe(
      '<a href="../full/">全文</a><img src="../a.png"><a href="https://example.org/">x</a><a href="//cdn/x">y</a><a href="#main">z</a>',
    );
  });

  it('leaves text that only looks like an attribute alone', () => {
    const html = '<p>href="/x/" is text</p>';
    expect(relativizeHtml(html, 'index.html')).toBe(html);
  });
});
