// Search page behaviour on top of Pagefind's Component UI. The page opens with a plain search box; Pagefind's UI
// (its script, styles and index) loads when the reader starts to search (a key, a tap, a `?q=` address), so
// opening the page costs no more than reading one. Where the index cannot load (the site opened from disk), it
// says so instead.

const ui = document.getElementById('search-ui');
const offline = document.getElementById('search-offline');
const start = document.getElementById('search-start');

/** The site's root, from the favicon link every page carries at its root. */
function siteRoot(): string {
  const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
  return new URL('.', icon?.href ?? location.href).href;
}

let loading: Promise<HTMLInputElement> | undefined;

/** Loads Pagefind's Component UI once, then hands the plain box's text and focus to Pagefind's own input. */
function loadSearch(): Promise<HTMLInputElement> {
  loading ??= new Promise<void>((resolve, reject) => {
    const bundle = new URL('pagefind/', siteRoot());
    const css = Object.assign(document.createElement('link'), {
      rel: 'stylesheet',
      href: new URL('pagefind-component-ui.css', bundle).href,
    });
    document.head.append(css);
    // A classic script, so that Pagefind finds its bundle beside it (document.currentScript).
    const script = Object.assign(document.createElement('script'), { src: new URL('pagefind-component-ui.js', bundle).href });
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error('Pagefind did not load')));
    document.body.append(script);
  })
    .then(() => customElements.whenDefined('pagefind-input'))
    .then(
      () =>
        new Promise<HTMLInputElement>((resolve) => {
          const handOver = (): void => {
            const input = ui?.querySelector<HTMLInputElement>('pagefind-input input');
            if (!input) {
              requestAnimationFrame(handOver);
              return;
            }
            if (start instanceof HTMLInputElement) {
              const focused = document.activeElement === start;
              input.value = start.value;
              start.remove();
              if (focused) input.focus();
              if (input.value) input.dispatchEvent(new Event('input', { bubbles: true }));
            }
            resolve(input);
          };
          handOver();
        }),
    );
  return loading;
}

if (location.protocol === 'file:') {
  // A browser that runs modules from disk still cannot load the index: the box gives way to the note.
  ui?.setAttribute('hidden', '');
} else {
  offline?.setAttribute('hidden', '');
}
if (location.protocol !== 'file:' && start instanceof HTMLInputElement) {
  for (const event of ['keydown', 'input', 'pointerdown', 'touchstart']) {
    start.addEventListener(event, () => void loadSearch(), { once: true, passive: true });
  }
  const query = new URLSearchParams(location.search).get('q');
  if (query) {
    start.value = query;
    void loadSearch();
  }
}
