// The search page's first script, kept small so that opening the page costs no more than reading one. The search
// itself (search-ui.ts: Pagefind, the phrase layer, drawing) loads once the page has shown itself and is idle, or at
// the reader's first key or tap if that comes sooner: a reader takes longer to type a query than the engine
// takes to load, so a first search rarely waits for it. A `?q=` address searches at once. From disk the page shows
// its notice instead (the inline loader marks it `from-disk`).
const input = document.getElementById('search-input');
let search: Promise<typeof import('@/client/search-ui.ts')> | undefined;

/** The search, loaded once. */
function load(): Promise<typeof import('@/client/search-ui.ts')> {
  search ??= import('@/client/search-ui.ts');
  return search;
}

/** Loads the search and its engine (Pagefind, the index, every page's paragraphs), once; a failure shows when searching. */
function prepare(): void {
  void load().then((ui) => ui.loadEngine().catch(() => undefined));
}

/** Runs `task` when the page is idle after loading (at the latest 1 s after), for browsers without requestIdleCallback soon after load. */
function whenIdle(task: () => void): void {
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 1000 }) : setTimeout(task, 50));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

if (location.protocol !== 'file:' && input instanceof HTMLInputElement) {
  for (const event of ['keydown', 'pointerdown', 'touchstart']) input.addEventListener(event, prepare, { once: true, passive: true });
  input.addEventListener('input', () => {
    prepare();
    void load().then((ui) => ui.schedule());
  });
  const query = new URLSearchParams(location.search).get('q');
  if (query) {
    input.value = query;
    void load().then((ui) => ui.run());
  } else whenIdle(prepare);
}
