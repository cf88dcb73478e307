import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, type ContentFiles, type SourceFile } from '../lib/check/content-check.ts';
import { CONTENT } from '../lib/content/layout.ts';

/** Reads the content files of the project at `root`, with paths relative to it (as messages name them). */
export function readContent(root: string): ContentFiles {
  const file = (path: string): SourceFile | undefined =>
    existsSync(join(root, path)) ? { path, text: readFileSync(join(root, path), 'utf8') } : undefined;
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
    englishGlossary: file(CONTENT.en.glossary),
    englishTimeline: file(CONTENT.en.timeline),
    englishEntities: file(CONTENT.en.entities),
    englishFigures: file(CONTENT.en.figures),
  };
}

const HINT =
  'docs/EDITING.md (“Reading an error”) explains each message. The text stays as the periodical printed it: ' +
  `to correct it, add an entry to ${CONTENT.errata} instead of editing the MDX.`;

/** The error a build stops with: every problem, one per line, and where to read about them. */
export function contentError(problems: readonly string[]): AstroError {
  const error = new AstroError(
    `${problems.length} problem${problems.length === 1 ? '' : 's'} in the content:\n${problems.join('\n')}`,
    HINT,
  );
  // The messages say where the mistake is; a stack trace of this check would only bury them.
  error.stack = '';
  return error;
}

/**
 * Astro integration: checks the content before anything is built (schemas, MDX syntax, text against the reference,
 * figures ledger, errata, and the glossary, timeline and who-and-where entries that point into the text) and stops `astro build` with one message per mistake. Under `astro dev` it reports the same
 * messages as warnings, again after each change to `content/`, and lets the preview run; a change to the errata
 * recompiles the article, so that the corrected readings follow it.
 */
export default function contentCheck(): AstroIntegration {
  let root = '';
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build') return;
        const { problems } = checkContent(readContent(root));
        if (problems.length > 0) throw contentError(problems);
        logger.info('the content matches its schemas, the reference text, the figures ledger, the errata and the companions’ data');
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: NodeJS.Timeout | undefined;
        let last: string | undefined;
        const report = () => {
          const { problems } = checkContent(readContent(root));
          const summary = problems.join('\n');
          if (summary === last) return;
          last = summary;
          if (problems.length === 0) logger.info('the content checks out');
          else logger.warn(`${contentError(problems).message}\n${HINT}`);
        };
        // The corrected readings are drawn into the article's MDX when it compiles (rehype-errata): when the errata change,
        // the compiled parts are stale, so drop them and reload the page.
        const recompileArticle = () => {
          const parts = readContent(root).parts.map((part) => join(root, part.path));
          for (const environment of Object.values(server.environments)) {
            for (const path of parts) {
              for (const module of environment.moduleGraph.getModulesByFile(path) ?? []) environment.moduleGraph.invalidateModule(module);
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
          timer = setTimeout(report, 200);
        });
      },
    },
  };
}
