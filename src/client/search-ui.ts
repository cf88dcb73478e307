// The search page's search, loaded by search.ts as the page opens: takes Pagefind (its script and the
// index of the page's language) once, runs each query through the phrase layer (search-engine.ts) and draws what it
// found, with the keys to move through it.
import { loadPagefind } from '@/client/pagefind.ts';
import { SearchEngine, type Outcome, type Page } from '@/client/search-engine.ts';
import { findCard } from '@/lib/search/cards.ts';
import { ELLIPSIS, excerpt, hitHref, markedTexts, type ExcerptOptions } from '@/lib/search/excerpt.ts';
import { fill } from '@/lib/search/messages.ts';
import { queryLabel } from '@/lib/search/query.ts';
import type { Hit } from '@/lib/search/rank.ts';
import type { SearchMessages } from '@/i18n/ui.ts';

const ui = document.getElementById('search-ui');
const input = document.getElementById('search-input');
const byId = (id: string) => document.getElementById(id) as HTMLElement;

type Messages = Omit<SearchMessages, 'cardKinds' | 'cardLink' | 'cardLabel'>;
const messages = JSON.parse(ui?.dataset['messages'] ?? '{}') as Messages;
const english = document.documentElement.lang === 'en';
const EXCERPT: ExcerptOptions = english ? { before: 60, length: 220, words: true } : { before: 16, length: 72 };
const DEBOUNCE_MS = 120;

/** A page's URL as Pagefind gives it (from the server's root, the folder the site is served from included), made absolute. */
function pageHref(url: string): string {
  return new URL(url, location.href).href;
}

let engine: Promise<SearchEngine> | undefined;
let ready = false;

/** Loads Pagefind and the index once; the section filter is built then, and shown with the first results. */
function loadEngine(): Promise<SearchEngine> {
  // Pagefind stays in its worker, not on the main thread: unpacking and compiling its WebAssembly on the main thread
  // blocked it for long enough to cost the page 4–7 Lighthouse performance points.
  engine ??= loadPagefind().then(async (pagefind) => {
    const loaded = new SearchEngine(pagefind, {
      filter: ui?.dataset['filter'] ?? '',
      english,
      traditional: document.getElementById('search-traditional')?.dataset['chars'] ?? '',
    });
    drawFilter(await loaded.sections());
    ready = true;
    return loaded;
  });
  return engine;
}

/** An element with a class and text. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** A paragraph's excerpt, its matches marked. */
function excerptElement(hit: Hit): HTMLElement {
  const { segments, cutStart, cutEnd } = excerpt(hit.paragraph.text, hit.ranges, EXCERPT);
  const p = element('p', 'search-excerpt');
  if (cutStart) p.append(element('span', 'search-cut', ELLIPSIS));
  for (const segment of segments) p.append(segment.mark ? element('mark', '', segment.text) : segment.text);
  if (cutEnd) p.append(element('span', 'search-cut', ELLIPSIS));
  return p;
}

/** A link to a paragraph, named as the page names it (第3段), asking the page to highlight what was found. */
function hitLink(hit: Hit, page: Page): HTMLAnchorElement {
  const link = element('a', 'search-hit-link', page.labels.get(hit.paragraph.id) ?? hit.paragraph.id);
  link.href = pageHref(hitHref(page.url, hit.paragraph.id, markedTexts(hit.paragraph.text, hit.ranges)));
  return link;
}

/** One page of results: its title, then each paragraph found with its excerpt. */
function pageElement(page: Page, hits: readonly Hit[]): HTMLLIElement {
  const item = element('li', 'search-result');
  const title = element('p', 'search-result-title');
  const link = element('a', '', page.title);
  link.href = pageHref(page.url);
  title.append(link);
  const list = element('ul', 'search-hits');
  for (const hit of hits) {
    const li = element('li');
    li.append(hitLink(hit, page), excerptElement(hit));
    list.append(li);
  }
  item.append(title, list);
  return item;
}

/** A near match: page and paragraph on one line, then the excerpt. */
function nearElement(hit: Hit, page: Page): HTMLLIElement {
  const item = element('li', 'search-near-hit');
  const line = element('p', 'search-near-place');
  line.append(hitLink(hit, page), ` · ${page.title}`);
  item.append(line, excerptElement(hit));
  return item;
}

/** The card of the entry the query names, if any, as the page prepared it. */
function cardFor(query: string): Node | undefined {
  const template = document.getElementById('search-cards') as HTMLTemplateElement | null;
  const cards = Array.from(template?.content.querySelectorAll<HTMLElement>('.search-card') ?? []);
  const card = findCard(
    query,
    cards.map((node, index) => ({
      id: String(index),
      names: [node, ...node.querySelectorAll<HTMLElement>('[data-names]')].flatMap((el) => (el.dataset['names'] ?? '').split('\n')),
      node,
    })),
  );
  return card?.node.cloneNode(true);
}

let shown: Outcome | undefined;

/** Redraws the search shown for the sections now chosen, at once, so that the filter, the count and the results never
 * disagree while the search runs again (its near matches, sought in the chosen sections only, follow with it). */
function redrawChosen(): void {
  if (!shown) return;
  const chosen = new Set(chosenSections());
  const pages = shown.everywhere.filter((group) => chosen.size === 0 || chosen.has(group.info.section));
  const near = shown.near.filter((hit) => chosen.size === 0 || chosen.has(hit.info.section));
  draw({ ...shown, pages, near, total: pages.reduce((n, group) => n + group.hits.length, 0) });
}

/** Draws an outcome (nothing for an empty query): what was searched, how many found, the card, the results, near matches. */
function draw(outcome: Outcome | undefined): void {
  shown = outcome;
  const status = byId('search-status');
  const results = byId('search-results');
  const near = byId('search-near');
  const cardSlot = byId('search-card');
  results.replaceChildren();
  cardSlot.replaceChildren();
  near.hidden = true;
  byId('search-near-results').replaceChildren();
  if (!outcome || outcome.parts.length === 0) {
    status.replaceChildren();
    byId('search-filter').hidden = true;
    return;
  }
  const searched = queryLabel(outcome.parts);
  const lines: string[] = [];
  if (outcome.simplified) lines.push(fill(messages.simplified, { s: searched }));
  const found = outcome.total === 1 ? messages.foundOne : messages.found;
  lines.push(fill(outcome.total === 0 ? messages.none : found, { q: searched, n: outcome.total }));
  status.replaceChildren(...lines.flatMap((line, i) => (i === 0 ? [line] : [element('br'), line])));
  const card = cardFor(searched);
  if (card) cardSlot.append(card);
  for (const group of outcome.pages) results.append(pageElement(group.info, group.hits));
  if (outcome.near.length > 0) {
    near.hidden = false;
    byId('search-near-note').textContent = fill(messages.nearNote, { q: searched });
    byId('search-near-results').append(...outcome.near.map((hit) => nearElement(hit, hit.info)));
  }
  drawCounts(outcome.counts);
  byId('search-filter').hidden = document.querySelectorAll('#search-filter-options li').length < 2;
}

/** The sections chosen in the filter. */
function chosenSections(): string[] {
  return Array.from(document.querySelectorAll<HTMLInputElement>('#search-filter-options input:checked'), (box) => box.value);
}

/** The section filter: one box per section, with the count of paragraphs found there. */
function drawFilter(sections: readonly string[]): void {
  const list = byId('search-filter-options');
  list.replaceChildren(
    ...sections.map((section) => {
      const item = element('li');
      const label = element('label');
      const box = element('input');
      box.type = 'checkbox';
      box.value = section;
      box.addEventListener('change', () => {
        redrawChosen();
        void run();
      });
      label.append(box, element('span', '', section), element('span', 'search-filter-count'));
      item.append(label);
      return item;
    }),
  );
}

/** Writes each section's count of paragraphs found beside its box. */
function drawCounts(counts: ReadonlyMap<string, number>): void {
  for (const box of document.querySelectorAll<HTMLInputElement>('#search-filter-options input')) {
    const count = box.parentElement?.querySelector('.search-filter-count');
    if (count) count.textContent = String(counts.get(box.value) ?? 0);
  }
}

let latest = 0;

/** Marks the output as about to change (`aria-busy`) while a search runs: what it shows, results, count and the filter's
 * counts, stays one search's until the next is drawn in one go. */
function busy(value: boolean): void {
  byId('search-output').setAttribute('aria-busy', String(value));
}

/** Marks a search drawn: the query on the element (`data-searched`), and its time from start to drawn as a `search` measure. */
function drawn(query: string, started: number): void {
  busy(false);
  if (ui) ui.dataset['searched'] = query;
  performance.measure('search', { start: started, detail: query });
}

/** Runs the search for the box's text and draws it, unless a later search has started meanwhile. */
async function run(): Promise<void> {
  if (!(input instanceof HTMLInputElement)) return;
  const started = performance.now();
  const query = input.value;
  const ticket = (latest += 1);
  byId('search-clear').hidden = query === '';
  const url = new URL(location.href);
  if (query.trim()) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(history.state, '', url);
  busy(true);
  if (!query.trim()) {
    draw(undefined);
    return drawn(query, started);
  }
  try {
    const search = await loadEngine();
    const outcome = await search.search(query, chosenSections());
    if (ticket !== latest) return;
    draw(outcome);
    drawn(query, started);
  } catch (error) {
    if (ticket === latest) {
      busy(false);
      byId('search-status').textContent = messages.failed;
    }
    throw error;
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;

/** Runs the search once the reader pauses typing. */
function schedule(): void {
  clearTimeout(timer);
  if (!ready && input instanceof HTMLInputElement && input.value.trim()) byId('search-status').textContent = messages.loading;
  timer = setTimeout(() => void run(), DEBOUNCE_MS);
}

/** The links of the output (card, results, near matches), in order: what the arrow keys move between. */
function outputLinks(): HTMLAnchorElement[] {
  return Array.from(document.querySelectorAll<HTMLAnchorElement>('#search-output a[href]')).filter((link) => link.offsetParent !== null);
}

/** Arrow keys: down from the box to the first link, then from link to link; up from the first back to the box. Escape clears. */
function keyboard(): void {
  if (!(input instanceof HTMLInputElement)) return;
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && outputLinks()[0]) {
      event.preventDefault();
      outputLinks()[0]?.focus();
    } else if (event.key === 'Escape' && input.value) {
      event.preventDefault();
      input.value = '';
      void run();
    }
  });
  byId('search-output').addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = outputLinks();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  });
  byId('search-clear').addEventListener('click', () => {
    input.value = '';
    input.focus();
    void run();
  });
}

keyboard();
export { loadEngine, run, schedule };
