import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readFile, rm } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { build } from 'esbuild';
import { forIndexing, isIndexed } from '../../lib/search/indexable.ts';
import { htmlPaths } from './html-files.ts';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** The search page draws its own results (src/client/search.ts) and pages mark hits with the search's own highlighter: Pagefind's UIs and highlighter would ship unused. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** The highlighter a page reached from a search result loads (see src/client/search-loader.js), and where it is written. */
const HIGHLIGHTER = { source: 'src/client/highlight.ts', file: 'search-highlight.js' };

/** Bundles the highlighter with its imports into one small module beside Pagefind's files. */
async function bundleHighlighter(root: string, bundleDir: string): Promise<void> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [HIGHLIGHTER.source],
    outfile: join(bundleDir, HIGHLIGHTER.file),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'silent',
  });
  if (result.errors.length > 0) throw new Error(`could not bundle ${HIGHLIGHTER.source}: ${result.errors.map((e) => e.text).join('; ')}`);
}

/** Adds each page of the built site that marks a searchable part, as Pagefind should read it (forIndexing); the count. */
async function indexPages(index: pagefind.PagefindIndex, site: string): Promise<number> {
  let count = 0;
  for (const path of htmlPaths(site)) {
    const html = await readFile(join(site, path), 'utf8');
    if (!isIndexed(html)) continue;
    const added = await index.addHTMLFile({ sourcePath: path, content: forIndexing(html) });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
    count += 1;
  }
  return count;
}

/**
 * Astro integration: indexes the built site with Pagefind after the build (only `data-pagefind-body` regions), and
 * writes the search's highlighter beside the index; any error fails the build. Under `npm run dev` it serves the bundle of the last build at `/pagefind/`, so
 * search works while editing (with the text as last built).
 */
export default function pagefindIndex(): AstroIntegration {
  let bundle = '';
  let root = '';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        bundle = join(fileURLToPath(config.outDir), 'pagefind');
        root = fileURLToPath(config.root);
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
          const pages = await indexPages(index, site);
          if (pages === 0) throw new Error(`Pagefind found no pages to index in ${site}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          for (const unused of UNUSED) await rm(join(site, 'pagefind', unused), { force: true });
          await bundleHighlighter(root, join(site, 'pagefind'));
          logger.info(`indexed ${pages} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
