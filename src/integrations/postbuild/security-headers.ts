import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { metaCsp, renderHeaders, type PagePolicy } from './headers.ts';
import { htmlPaths } from './html-files.ts';

/** Astro integration: writes `_headers` with each page's Content-Security-Policy and the common security headers. */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages: PagePolicy[] = [];
        for (const file of htmlPaths(root)) {
          const csp = metaCsp(await readFile(join(root, file), 'utf8'));
          if (!csp) throw new Error(`${file}: no Content-Security-Policy <meta>; every page needs one`);
          pages.push({ file, csp });
        }
        await writeFile(join(root, '_headers'), renderHeaders(pages));
        logger.info(`wrote _headers for ${pages.length} pages`);
      },
    },
  };
}
