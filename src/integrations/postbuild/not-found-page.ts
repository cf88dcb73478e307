import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { relativizeHtml } from './relativize.ts';
import { absolutizeHtml, inlineStylesheets } from './not-found.ts';

/** The page hosts serve for every missing address, at any depth. */
export const NOT_FOUND_PAGE = '404.html';

/**
 * Astro integration: after the build, makes `404.html` work wherever a host serves it (nginx `error_page`, GitHub Pages,
 * Netlify, Cloudflare, for `/vanguard/nope` as for `/nope`): its styles inlined, its links absolute with `SITE_URL`, and
 * without it relative to the root (where its inline script points them once it has found the root).
 */
export default function notFoundPage(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'not-found-page',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const file = join(root, NOT_FOUND_PAGE);
        const html = await readFile(file, 'utf8');
        const styled = inlineStylesheets(html, (href) => readFileSync(join(root, href.replace(/^\//, '')), 'utf8'));
        await writeFile(file, site ? absolutizeHtml(styled, site) : relativizeHtml(styled, NOT_FOUND_PAGE));
        logger.info(`${NOT_FOUND_PAGE}: styles inlined, links ${site ? `absolute on ${site}` : 'relative to the root'}`);
      },
    },
  };
}
