import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readFile, rm } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import * as pagefind from 'pagefind';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * Astro integration: indexes the built site with Pagefind after the build (only `data-pagefind-body` regions); any
 * indexing error fails the build. Under `npm run dev` it serves the bundle of the last build at `/pagefind/`, so
 * search works while editing (with the text as last built).
 */
export default function pagefindIndex(): AstroIntegration {
  let bundle = '';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        bundle = join(fileURLToPath(config.outDir), 'pagefind');
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/pagefind/', (req, res, next) => {
          const file = normalize(join(bundle, decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname)));
          if (!file.startsWith(bundle + sep)) return next();
          readFile(file).then(
            (body) => res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
            () => next(),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${site}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          // The site uses the Component UI only; the older UIs would ship unused.
          for (const unused of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css']) {
            await rm(join(site, 'pagefind', unused), { force: true });
          }
          logger.info(`indexed ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
