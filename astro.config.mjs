// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import rehypeArticle from './src/build/rehype-article.ts';
import relativeLinks from './src/build/relative-links.ts';
import pagefindIndex from './src/build/pagefind.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: unified({
      smartypants: false,
      rehypePlugins: [[rehypeArticle, { folder: 'content/article' }]],
    }),
  },
  integrations: [mdx(), relativeLinks(), pagefindIndex()],
  // Scripts stay external files, never inlined: one origin, cacheable, simple to allow under a strict CSP.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
