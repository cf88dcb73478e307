import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { robotsAtRoot, robotsTxt, sitemapXml } from './sitemap.ts';
import { absoluteUrl } from '../../i18n/urls.ts';

/** Astro integration: with a site URL (`SITE_URL`), writes `sitemap.xml`, and `robots.txt` when the site is the host's root; without one, writes neither, so no address is invented. */
export default function siteFiles(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'site-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site) {
          logger.info('no SITE_URL: no sitemap.xml, robots.txt or canonical links');
          return;
        }
        const root = fileURLToPath(dir);
        const base = site;
        const urls = pages
          .map(({ pathname }) => pathname)
          .filter((pathname) => !/^404\/?$/.test(pathname) && !/\.[a-z0-9]+$/i.test(pathname))
          .map((pathname) => absoluteUrl(base, `/${pathname}`));
        const sitemap = absoluteUrl(base, '/sitemap.xml');
        await writeFile(join(root, 'sitemap.xml'), sitemapXml(urls));
        if (!robotsAtRoot(base)) {
          logger.info(
            `sitemap.xml (${urls.length} pages) for ${site}; no robots.txt: crawlers read it only at the host's root, not in ${new URL(base).pathname}, so the host's own robots.txt should name ${sitemap}`,
          );
          return;
        }
        await writeFile(join(root, 'robots.txt'), robotsTxt(sitemap));
        logger.info(`sitemap.xml (${urls.length} pages) and robots.txt for ${site}`);
      },
    },
  };
}
