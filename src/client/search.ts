// The search page's first script, kept small. It starts at once, side by side, what a first search waits on, so that
// the reader's typing hides it: Pagefind's script (hinted in the page's head) and its worker, which fetches the index;
// on Chinese pages a worker that loads the browser's Chinese word dictionary, which Pagefind's worker needs; and the
// search itself (search-ui.ts: the phrase layer, drawing). The heavy part runs off the main thread. A `?q=` address
// searches at once. From disk the page shows its notice instead (the inline loader marks it `from-disk`).
import { loadPagefind } from '@/client/pagefind.ts';
import { siteUrl } from '@/client/site-url.ts';

const input = document.getElementById('search-input');
let search: Promise<typeof import('@/client/search-ui.ts')> | undefined;

/** The search, loaded once. */
function load(): Promise<typeof import('@/client/search-ui.ts')> {
  search ??= import('@/client/search-ui.ts');
  return search;
}

/** On a Chinese page, builds a Chinese word segmenter in a worker of its own: the dictionary it loads then serves every
 * worker of the page. The worker is left to end with the page (ending it early gains nothing: it holds no data). */
function warmSegmenter(): void {
  if (!document.documentElement.lang.startsWith('zh') || typeof Worker !== 'function') return;
  new Worker(siteUrl('segmenter-warmup.js'));
}

/** Starts Pagefind's worker, the segmenter's dictionary and the search's code; a failure shows when searching. */
function prepare(): void {
  warmSegmenter();
  loadPagefind().catch(() => undefined);
  void load().then((ui) => ui.loadEngine().catch(() => undefined));
}

if (location.protocol !== 'file:' && input instanceof HTMLInputElement) {
  prepare();
  input.addEventListener('input', () => void load().then((ui) => ui.schedule()));
  const query = new URLSearchParams(location.search).get('q');
  if (query) {
    input.value = query;
    void load().then((ui) => ui.run());
  }
}
