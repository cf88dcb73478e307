import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspFirst, metaCsp, renderHeaders, type PagePolicy } from './headers.ts';
import { htmlPaths } from './html-files.ts';

/** Astro integration: puts each page's Content-Security-Policy `<meta>` first in its head, and writes `_headers` with each page's policy and the common security headers. */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages: PagePolicy[] = [];
        for (const file of htmlPaths(root)) {
          const html = await readFile(join(root, file), 'utf8');
          const ordered = cspFirst(html);
          if (ordered !== html) await writeFile(join(root, file), ordered);
          const csp = metaCsp(ordered);
          if (!csp) throw new Error(`${file}: no Content-Security-Policy <meta>; every page needs one`);
          pages.push({ file, csp });
        }
        await writeFile(join(root, '_headers'), renderHeaders(pages));
        logger.info(`wrote _headers for ${pages.length} pages`);
      },
    },
  };
}
