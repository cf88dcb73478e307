import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { checkContent, sourceFile, type ContentFiles, type SourceFile } from '../lib/check/content-check.ts';
import { errorPage, STATUS_PATH } from '../lib/check/error-page.ts';
import { formatReport, reportHeading, reportHint } from '../lib/check/report.ts';
import { CONTENT } from '../lib/content/layout.ts';

/** Reads the content files of the project at `root`, with paths relative to it (as messages name them), decoded as they were saved. */
export function readContent(root: string): ContentFiles {
  const file = (path: string): SourceFile | undefined =>
    existsSync(join(root, path)) ? sourceFile(path, readFileSync(join(root, path))) : undefined;
  const folder = (dir: string, extension: string): SourceFile[] =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir))
          .filter((name) => name.endsWith(extension))
          .sort()
          .flatMap((name) => file(`${dir}/${name}`) ?? [])
      : [];
  return {
    parts: folder(CONTENT.article, '.mdx'),
    meta: folder(CONTENT.meta, '.yaml'),
    figures: file(CONTENT.figures),
    errata: file(CONTENT.errata),
    reference: file(CONTENT.reference),
    glossary: file(CONTENT.glossary),
    timeline: file(CONTENT.timeline),
    entities: file(CONTENT.entities),
    englishParts: folder(CONTENT.en.article, '.mdx'),
    englishMeta: folder(CONTENT.en.meta, '.yaml'),
    englishGlossary: file(CONTENT.en.glossary),
    englishTimeline: file(CONTENT.en.timeline),
    englishEntities: file(CONTENT.en.entities),
    englishFigures: file(CONTENT.en.figures),
    editorsNote: file(CONTENT.editorsNote),
    englishEditorsNote: file(CONTENT.en.editorsNote),
  };
}

/** The error a build stops with under `DEBUG`: every problem, one per line, and where to read about them. */
export function contentError(problems: readonly string[]): AstroError {
  return new AstroError(`${reportHeading(problems.length)}\n${problems.join('\n')}`, reportHint(problems));
}

/** True for a request the browser makes to show a page (not a script, style, image or Vite's own traffic). */
function isPageRequest(req: IncomingMessage): boolean {
  const url = req.url ?? '/';
  if (req.method !== 'GET' || url.startsWith('/@') || url.startsWith('/node_modules/') || url.startsWith('/src/')) return false;
  return (
    /\btext\/html\b/.test(String(req.headers.accept ?? '')) && !/\.[a-z0-9]+(?:[?#].*)?$/i.test(url.replace(/\/index\.html(?=[?#]|$)/, '/'))
  );
}

/** What the dev server knows of the content: its problems, and a key that changes whenever they do. */
interface DevState {
  problems: string[];
  key: string;
}

/**
 * A Vite plugin for `astro dev`: while the content has problems, every page request gets the error page that lists
 * them (never a stale or half-built page, nor an error blaming another file), and the page asks `STATUS_PATH` whether
 * they have changed, to reload itself once they are fixed.
 */
function errorPagePlugin(state: () => DevState): Plugin {
  return {
    name: 'content-check:error-page',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const { problems, key } = state();
        if (req.url?.startsWith(STATUS_PATH)) {
          res.setHeader('content-type', 'application/json');
          res.setHeader('cache-control', 'no-store');
          res.end(JSON.stringify({ key, problems: problems.length }));
          return;
        }
        if (problems.length === 0 || !isPageRequest(req)) return next();
        res.statusCode = 500;
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(errorPage(problems, key));
      });
    },
  };
}

/**
 * Astro integration: checks the content before anything is built (`checkContent`: every rule, Chinese and English, in
 * one pass). `astro build` stops with the report, printed once, without a stack trace unless `DEBUG` is set. Under `astro
 * dev` the same report goes to the terminal after each change to `content/`, and the browser shows it in place of the page
 * until the mistakes are fixed; a change to the errata recompiles the article, so that the corrected readings follow it.
 */
export default function contentCheck(): AstroIntegration {
  let root = '';
  let state: DevState = { problems: [], key: '' };
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        if (command === 'dev') updateConfig({ vite: { plugins: [errorPagePlugin(() => state)] } });
        if (command !== 'build') return;
        const { problems } = checkContent(readContent(root));
        if (problems.length === 0) {
          logger.info('the content checks out: schemas, reference, figures, errata, companions and the English, in one pass');
          return;
        }
        if (process.env['DEBUG']) throw contentError(problems);
        // The report says where each mistake is; Astro's wrapper and a stack trace of this check would only bury it. Astro's
        // command line ends each command with process.exit() too, so this is no new risk of the hang it can cause.
        process.stderr.write(`\n${formatReport(problems)}\n\n`);
        // eslint-disable-next-line no-restricted-properties
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: NodeJS.Timeout | undefined;
        const report = () => {
          const { problems } = checkContent(readContent(root));
          const key = createHash('sha256').update(problems.join('\n')).digest('hex').slice(0, 16);
          if (key === state.key) return;
          const first = state.key === '';
          state = { problems, key };
          if (problems.length === 0) logger.info('the content checks out');
          else logger.error(`\n${formatReport(problems)}`);
          // An open page shows the problems (or the page again, once they are gone) without waiting for a click.
          if (!first) server.environments.client.hot.send({ type: 'full-reload' });
        };
        // The corrected readings are drawn into the article's MDX when it compiles (rehype-errata): when the errata change,
        // the compiled parts are stale, so drop them.
        const recompileArticle = () => {
          const { parts, englishParts = [] } = readContent(root);
          for (const environment of Object.values(server.environments)) {
            for (const part of [...parts, ...englishParts]) {
              for (const module of environment.moduleGraph.getModulesByFile(join(root, part.path)) ?? [])
                environment.moduleGraph.invalidateModule(module);
            }
          }
          server.environments.client.hot.send({ type: 'full-reload' });
        };
        report();
        server.watcher.on('all', (_event, path) => {
          const file = path.replaceAll('\\', '/');
          if (!file.includes(`/${CONTENT.root}/`)) return;
          if (file.endsWith(`/${CONTENT.errata}`)) recompileArticle();
          clearTimeout(timer);
          timer = setTimeout(report, 150);
        });
      },
    },
  };
}
