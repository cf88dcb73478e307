// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import rehypeArticle from './src/integrations/markdown/rehype-article.ts';
import rehypeArticleEnglish from './src/integrations/markdown/rehype-article-en.ts';
import relativeLinks from './src/integrations/postbuild/relative-links.ts';
import pagefindIndex from './src/integrations/postbuild/pagefind.ts';
import securityHeaders from './src/integrations/postbuild/security-headers.ts';
import rehypeGlossary from './src/integrations/markdown/rehype-glossary.ts';
import rehypeGlossaryEnglish from './src/integrations/markdown/rehype-glossary-en.ts';
import rehypePermalinks from './src/integrations/markdown/rehype-permalinks.ts';
import glossaryFirst from './src/integrations/postbuild/glossary-first.ts';
import siteFiles from './src/integrations/postbuild/site-files.ts';
import notFoundPage from './src/integrations/postbuild/not-found-page.ts';
import rehypeErrata from './src/integrations/markdown/rehype-errata.ts';
import contentCheck from './src/integrations/content-check.ts';
import { parseSiteUrl } from './src/i18n/urls.ts';

// Optional: the absolute address the site is deployed at (SITE_URL), for canonical links, the sitemap and robots.txt.
const site = parseSiteUrl(process.env.SITE_URL);

export default defineConfig({
  ...(site ? { site } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      smartypants: false,
      rehypePlugins: [
        [rehypeArticle, { folder: 'content/article' }],
        rehypeArticleEnglish,
        [rehypeErrata, { folder: 'content/article', errata: 'content/errata.yaml' }],
        [rehypeGlossary, { folder: 'content/article', glossary: 'content/glossary.yaml' }],
        rehypeGlossaryEnglish,
        rehypePermalinks,
      ],
    }),
  },
  // The content check runs first, before Astro reads any content. Post-build steps then run in this order:
  // trim repeated glossary links, relativise URLs, the 404 page, index, site files, headers (which also puts the CSP first).
  integrations: [contentCheck(), mdx(), glossaryFirst(), relativeLinks(), notFoundPage(), pagefindIndex(), siteFiles(), securityHeaders()],
  // assetsInlineLimit 0: every bundled script stays an external file, never inlined into the page (a strict CSP allows no inline script).
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // A strict policy on every page: Astro hashes its styles and scripts; our one inline script adds its own hash
  // (BaseLayout) and the search page alone adds 'wasm-unsafe-eval' for Pagefind.
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
      ],
    },
  },
});
