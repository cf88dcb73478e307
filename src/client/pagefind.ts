// Pagefind's browser API, loaded from the site's root wherever the site is served, and started once: the search page's
// first script starts it as the page opens, and the search uses the same instance.
import type { Pagefind } from '@/client/search-engine.ts';
import { siteUrl } from '@/client/site-url.ts';

let pagefind: Promise<Pagefind> | undefined;

/** Pagefind, imported and initialised once (its worker then fetches the index of the page's language). */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ siteUrl('pagefind/pagefind.js')).then(async (module: Pagefind) => {
    await module.init();
    return module;
  });
  return pagefind;
}
