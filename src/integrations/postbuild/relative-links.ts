import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlPaths } from './html-files.ts';
import { relativizeHtml } from './relativize.ts';
import { NOT_FOUND_PAGE } from './not-found-page.ts';

/** Astro integration: after the build, makes every internal link and asset URL relative, so one `dist/` serves from `/` or any subpath (all but the 404 page, which not-found-page.ts treats). */
export default function relativeLinks(): AstroIntegration {
  return {
    name: 'relative-links',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let count = 0;
        for (const page of htmlPaths(root).filter((path) => path !== NOT_FOUND_PAGE)) {
          const file = join(root, page);
          const html = await readFile(file, 'utf8');
          const rewritten = relativizeHtml(html, page);
          if (rewritten !== html) await writeFile(file, rewritten);
          count += 1;
        }
        logger.info(`made links relative in ${count} pages`);
      },
    },
  };
}
