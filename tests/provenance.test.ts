import { describe, expect, it } from 'vitest';
import { balancedLines, subsetsFor } from '@/lib/graphics/font-subsets.ts';
import { codePoint } from '@/lib/text/format.ts';
import { buildDate, dayOf, normalizationTally } from '@/lib/cite/provenance.ts';
import { robotsTxt, sitemapXml } from '@/integrations/postbuild/sitemap.ts';
import { absoluteUrl, parseSiteUrl } from '@/i18n/urls.ts';

describe('normalizationTally', () => {
  it('counts each ASCII mark that becomes full-width, and only those', () => {
    const tally = normalizationTally(['你好,世界!(测试)', 'a, b: c', '问题?答案;结束:']);
    expect(tally.total).toBe(7);
    expect(tally.byMark).toEqual([
      { ascii: '!', wide: '！', count: 1 },
      { ascii: '(', wide: '（', count: 1 },
      { ascii: ')', wide: '）', count: 1 },
      { ascii: ',', wide: '，', count: 1 },
      { ascii: ':', wide: '：', count: 1 },
      { ascii: ';', wide: '；', count: 1 },
      { ascii: '?', wide: '？', count: 1 },
    ]);
  });

  it('names marks by code point', () => {
    expect([codePoint(','), codePoint('，'), codePoint('（')]).toEqual(['U+002C', 'U+FF0C', 'U+FF08']);
  });

  it('is zero for text with nothing to change', () => {
    expect(normalizationTally(['全角，标点。', 'plain, ASCII: text'])).toEqual({ total: 0, byMark: [] });
  });
});

describe('buildDate', () => {
  it('takes SOURCE_DATE_EPOCH first, in UTC', () => {
    expect(buildDate('1655510400', '2025-01-02T03:04:05+08:00')).toEqual({ iso: '2022-06-18T00:00:00Z', source: 'SOURCE_DATE_EPOCH' });
  });

  it('else the commit date, as git wrote it', () => {
    expect(buildDate(undefined, '2025-01-02T03:04:05+08:00')).toEqual({ iso: '2025-01-02T03:04:05+08:00', source: 'commit' });
    expect(buildDate('', '2025-01-02T03:04:05+08:00')?.source).toBe('commit');
  });

  it('is unknown with neither, and refuses a malformed epoch', () => {
    expect(buildDate(undefined, null)).toBeNull();
    expect(() => buildDate('yesterday', null)).toThrow(/SOURCE_DATE_EPOCH/);
  });

  it('dayOf keeps the calendar day of the timestamp', () => {
    expect(dayOf('2025-01-02T03:04:05+08:00')).toBe('2025-01-02');
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

describe('sitemap and robots.txt', () => {
  it('lists each URL once, sorted and escaped', () => {
    expect(sitemapXml(['https://e.org/b/', 'https://e.org/a/?x=1&y=2', 'https://e.org/b/'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://e.org/a/?x=1&amp;y=2</loc></url>\n  <url><loc>https://e.org/b/</loc></url>\n</urlset>\n',
    );
  });

  it('robots.txt names the sitemap', () => {
    expect(robotsTxt('https://e.org/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://e.org/sitemap.xml\n');
  });
});

describe('font subsets and title lines', () => {
  const ranges = { '[1]': 'U+4e00-4e0f', '[2]': 'U+515a,U+65d7', latin: 'U+0000-00ff' };

  it('picks the subsets that hold the text, in the font’s order', () => {
    expect(subsetsFor('党旗 A', ranges)).toEqual(['2', 'latin']);
    expect(subsetsFor('一党', ranges)).toEqual(['1', '2']);
  });

  it('names a character no subset holds', () => {
    expect(() => subsetsFor('党飘', ranges)).toThrow(/“飘”/);
  });

  it('splits a title into balanced lines, never starting a line with a closing mark', () => {
    expect(balancedLines('党旗在副中心疫情防控一线高高飘扬', 2)).toEqual(['党旗在副中心疫情', '防控一线高高飘扬']);
    expect(balancedLines('甲乙丙，丁戊己', 2)).toEqual(['甲乙丙，', '丁戊己']);
    expect(balancedLines('短题', 1)).toEqual(['短题']);
  });
});
