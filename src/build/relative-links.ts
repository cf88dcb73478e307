import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files.ts';
import { relativizeHtml } from '../lib/relativize.ts';

/** Astro integration: after the build, makes every internal link and asset URL relative, so one `dist/` serves from `/` or any subpath. */
export default function relativeLinks(): AstroIntegration {
  return {
    name: 'relative-links',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let count = 0;
        for await (const file of htmlFiles(root)) {
          const page = relative(root, file).replaceAll('\\', '/');
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
