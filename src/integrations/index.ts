import type { AstroIntegration } from 'astro';
import contentCheck from './content-check.ts';
import rehypeArticle from './markdown/rehype-article.ts';
import rehypeErrata from './markdown/rehype-errata.ts';
import rehypeGlossary from './markdown/rehype-glossary.ts';
import rehypeKeepTogether from './markdown/rehype-keep-together.ts';
import rehypePermalinks from './markdown/rehype-permalinks.ts';
import glossaryFirst from './postbuild/glossary-first.ts';
import notFoundPage from './postbuild/not-found-page.ts';
import pagefindIndex from './postbuild/pagefind.ts';
import relativeLinks from './postbuild/relative-links.ts';
import securityHeaders from './postbuild/security-headers.ts';
import siteFiles from './postbuild/site-files.ts';

/**
 * The rehype plugins for the article's MDX, in the order they run: paragraph ids and punctuation, corrections (which
 * find paragraphs by id), glossary links, the spans that keep dates, figures and names on one line, then the ¶ links. Each takes the part and its language from the file's path,
 * so each is listed once (unified keeps one options object per plugin: a plugin listed twice silently loses the first).
 */
export const rehypePlugins = [rehypeArticle, rehypeErrata, rehypeGlossary, rehypeKeepTogether, rehypePermalinks];

/** The content check, which must run before Astro reads any content. */
export const beforeContent = (): AstroIntegration[] => [contentCheck()];

/**
 * The post-build steps, in the order they must run: trim repeated glossary links, make URLs relative (before anything
 * reads the pages' links), make the 404 page work at any depth, index for search, write the site files, then the
 * headers (which hash the final pages' CSP, and put the CSP first in each page's head).
 */
export const postBuild = (): AstroIntegration[] => [
  glossaryFirst(),
  relativeLinks(),
  notFoundPage(),
  pagefindIndex(),
  siteFiles(),
  securityHeaders(),
];
