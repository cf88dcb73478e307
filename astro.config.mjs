// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { beforeContent, postBuild, rehypePlugins } from './src/integrations/index.ts';
import { quietWarnings } from './src/integrations/quiet-warnings.ts';
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
      rehypePlugins,
    }),
  },
  // The content check runs before MDX reads any content; the post-build steps after every page is written.
  integrations: [...beforeContent(), mdx(), ...postBuild()],
  // assetsInlineLimit 0: every bundled script stays an external file, never inlined into the page (a strict CSP allows no inline script).
  // quietWarnings: the bundler's warnings about Astro's own compiled MDX are not the editor's to act on.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0, rolldownOptions: { onwarn: quietWarnings } } },
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
