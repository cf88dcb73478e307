// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import rehypeArticle from './src/build/rehype-article.ts';
import relativeLinks from './src/build/relative-links.ts';
import siteFiles from './src/build/site-files.ts';
import { parseSiteUrl } from './src/lib/urls.ts';

// Optional: the absolute address the site is deployed at (SITE_URL), for canonical links, the sitemap and robots.txt.
const site = parseSiteUrl(process.env.SITE_URL);

export default defineConfig({
  ...(site ? { site } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: unified({
      smartypants: false,
      rehypePlugins: [[rehypeArticle, { folder: 'content/article' }]],
    }),
  },
  integrations: [mdx(), relativeLinks(), siteFiles()],
  // assetsInlineLimit 0: every bundled script stays an external file, never inlined into the page (a strict CSP allows no inline script).
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
