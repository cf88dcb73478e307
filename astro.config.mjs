// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import rehypeArticle from './src/build/rehype-article.ts';
import relativeLinks from './src/build/relative-links.ts';
import rehypeErrata from './src/build/rehype-errata.ts';
import contentCheck from './src/build/content-check.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: unified({
      smartypants: false,
      rehypePlugins: [
        [rehypeArticle, { folder: 'content/article' }],
        [rehypeErrata, { folder: 'content/article', errata: 'content/errata.yaml' }],
      ],
    }),
  },
  integrations: [contentCheck(), mdx(), relativeLinks()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
