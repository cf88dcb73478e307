// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import rehypeArticle from './src/build/rehype-article.ts';
import relativeLinks from './src/build/relative-links.ts';
import rehypeGlossary from './src/build/rehype-glossary.ts';
import rehypePermalinks from './src/build/rehype-permalinks.ts';
import glossaryFirst from './src/build/glossary-first.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: unified({
      smartypants: false,
      rehypePlugins: [
        [rehypeArticle, { folder: 'content/article' }],
        [rehypeGlossary, { folder: 'content/article', glossary: 'content/glossary.yaml' }],
        rehypePermalinks,
      ],
    }),
  },
  integrations: [mdx(), glossaryFirst(), relativeLinks()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
