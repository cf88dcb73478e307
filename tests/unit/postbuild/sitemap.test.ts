import { describe, expect, it } from 'vitest';
import { robotsAtRoot, robotsTxt, sitemapXml } from '@/integrations/postbuild/sitemap.ts';

describe('sitemap and robots.txt', () => {
  it('lists each URL once, sorted and escaped', () => {
    expect(sitemapXml(['https://e.org/b/', 'https://e.org/a/?x=1&y=2', 'https://e.org/b/'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://e.org/a/?x=1&amp;y=2</loc></url>\n  <url><loc>https://e.org/b/</loc></url>\n</urlset>\n',
    );
  });

  it('escapes each of the five XML specials', () => {
    expect(sitemapXml([`https://e.org/?a=<b>&c="d"&e='f'`])).toContain(
      '<loc>https://e.org/?a=&lt;b&gt;&amp;c=&quot;d&quot;&amp;e=&apos;f&apos;</loc>',
    );
  });

  it('writes robots.txt only for a site at its host’s root', () => {
    expect(robotsAtRoot('https://example.org/')).toBe(true);
    expect(robotsAtRoot('https://example.org/archive/tongzhou/')).toBe(false);
  });

  it('robots.txt names the sitemap', () => {
    expect(robotsTxt('https://e.org/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://e.org/sitemap.xml\n');
  });
});
