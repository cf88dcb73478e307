import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlPaths } from './html-files.ts';
import { keepFirstGlossaryLinks } from './glossary-links.ts';

/** Astro integration: after the build, keeps only a page's first link to each glossary term (the full-article page renders four parts, each of which links its own first occurrence). */
export default function glossaryFirst(): AstroIntegration {
  return {
    name: 'glossary-first',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let total = 0;
        for (const page of htmlPaths(root)) {
          const file = join(root, page);
          const html = await readFile(file, 'utf8');
          const { html: kept, unwrapped } = keepFirstGlossaryLinks(html);
          if (unwrapped > 0) await writeFile(file, kept);
          total += unwrapped;
        }
        logger.info(`kept each page's first glossary link; unwrapped ${total} repeats`);
      },
    },
  };
}
