// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import rehypeArticle from './src/build/rehype-article.ts';
import rehypeArticleEnglish from './src/build/rehype-article-en.ts';
import relativeLinks from './src/build/relative-links.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: unified({
      smartypants: false,
      rehypePlugins: [[rehypeArticle, { folder: 'content/article' }], rehypeArticleEnglish],
    }),
  },
  integrations: [mdx(), relativeLinks()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
