import { describe, expect, it } from 'vitest';
import { absoluteUrl, pageUrl, paragraphUrl, parseSiteUrl } from '@/i18n/urls.ts';

describe('urls', () => {
  it('builds page and paragraph URLs', () => {
    expect(pageUrl('')).toBe('/');
    expect(pageUrl('vanguard')).toBe('/vanguard/');
    expect(paragraphUrl('vanguard-4')).toBe('/vanguard/#vanguard-4');
    expect(paragraphUrl('lede-2')).toBe('/#lede-2');
  });

  it('builds URLs in either language', () => {
    expect(pageUrl('', 'en')).toBe('/en/');
    expect(pageUrl('vanguard', 'en')).toBe('/en/vanguard/');
    expect(pageUrl('vanguard', 'zh-CN')).toBe('/vanguard/');
    expect(paragraphUrl('vanguard-4', 'en')).toBe('/en/vanguard/#vanguard-4');
    expect(paragraphUrl('lede-2', 'en')).toBe('/en/#lede-2');
  });
});

describe('site URL', () => {
  it('is optional, and normalised to end in a slash', () => {
    expect(parseSiteUrl(undefined)).toBeUndefined();
    expect(parseSiteUrl(' ')).toBeUndefined();
    expect(parseSiteUrl('https://example.org')).toBe('https://example.org/');
    expect(parseSiteUrl('https://example.org/archive/tongzhou')).toBe('https://example.org/archive/tongzhou/');
  });

  it('must be an absolute http(s) URL without query or fragment', () => {
    expect(() => parseSiteUrl('example.org')).toThrow(/not an absolute URL/);
    expect(() => parseSiteUrl('ftp://example.org/')).toThrow(/https/);
    expect(() => parseSiteUrl('https://example.org/?a=1')).toThrow(/query/);
  });

  it('absoluteUrl keeps the site’s own path', () => {
    expect(absoluteUrl('https://example.org/archive/tongzhou/', '/vanguard/')).toBe('https://example.org/archive/tongzhou/vanguard/');
    expect(absoluteUrl('https://example.org/', '/')).toBe('https://example.org/');
  });
});
