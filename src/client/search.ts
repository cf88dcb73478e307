// The search page's first script, kept small so that opening the page costs no more than reading one. The search
// itself (search-ui.ts: Pagefind, the phrase layer, drawing) loads when the reader starts to search: a key, a tap,
// or a `?q=` address. From disk the page shows its notice instead (the inline loader marks it `from-disk`).
const input = document.getElementById('search-input');
let search: Promise<typeof import('@/client/search-ui.ts')> | undefined;

/** The search, loaded once. */
function load(): Promise<typeof import('@/client/search-ui.ts')> {
  search ??= import('@/client/search-ui.ts');
  return search;
}

if (location.protocol !== 'file:' && input instanceof HTMLInputElement) {
  for (const event of ['keydown', 'pointerdown', 'touchstart']) {
    input.addEventListener(event, () => void load().then((ui) => ui.loadEngine().catch(() => undefined)), { once: true, passive: true });
  }
  input.addEventListener('input', () => void load().then((ui) => ui.schedule()));
  const query = new URLSearchParams(location.search).get('q');
  if (query) {
    input.value = query;
    void load().then((ui) => ui.run());
  }
}
