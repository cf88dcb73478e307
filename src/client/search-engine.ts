// The search itself, on top of Pagefind: Pagefind loads the index of the page's language, applies the section
// filter and hands over each page's paragraphs (its sub-result anchors, with their text); English words are found by
// Pagefind's own stemmed search. Everything else, phrases, traditional characters, ranking, is the phrase layer's
// (src/lib/search/), which finds Chinese words however Pagefind's segmenter cut them.
import { PARAGRAPH_ID, PART_IDS } from '@/lib/content/layout.ts';
import {
  byPage,
  exactHits,
  matchers,
  nearHits,
  paragraph,
  type Hit,
  type PageHits,
  type Paragraph,
  type PartMatcher,
} from '@/lib/search/rank.ts';
import { parseQuery, type QueryPart } from '@/lib/search/query.ts';
import { holdsAny } from '@/lib/search/traditional.ts';

interface PagefindAnchor {
  id: string;
  text?: string;
  title?: string;
}
interface PagefindData {
  url: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  anchors: PagefindAnchor[];
  sub_results: { url: string; excerpt: string }[];
}
interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindData> }[];
}
/** The part of Pagefind's browser API the search uses. */
export interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch | null>;
}

/** One page of the index: its address, title, section, paragraphs and their labels (第3段, Paragraph 3). */
export interface Page {
  url: string;
  title: string;
  section: string;
  paragraphs: Paragraph[];
  labels: ReadonlyMap<string, string>;
}

/** What a search found: exact hits by page (in the chosen sections), near matches when there are none, counts by section. */
export interface Outcome {
  /** The parts searched for (after conversion to simplified characters, if any). */
  parts: QueryPart[];
  /** The query as searched, when it differs from the one typed (traditional characters converted). */
  simplified: string | undefined;
  pages: (PageHits & { info: Page })[];
  /** Exact hits by page in every section, before the section filter: what a change of the filter shows at once. */
  everywhere: (PageHits & { info: Page })[];
  total: number;
  near: (Hit & { info: Page })[];
  /** Exact hits in each section, before the section filter. */
  counts: Map<string, number>;
}

/** A paragraph's place in reading order, from its id: the part's place, then the paragraph's. */
function readingOrder(id: string): number {
  const [, part = '', number = '0'] = PARAGRAPH_ID.exec(id) ?? [];
  return PART_IDS.indexOf(part as (typeof PART_IDS)[number]) * 1000 + Number(number);
}

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** The words Pagefind marked in an excerpt, as plain text without the punctuation it keeps on them (`volunteers.`). */
function markedWords(excerpt: string): string[] {
  return Array.from(excerpt.matchAll(/<mark>(.*?)<\/mark>/g), (m) =>
    (m[1] ?? '').replace(/&[#\w]+;/g, (e) => ENTITIES[e] ?? e).replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''),
  ).filter(Boolean);
}

/** The search over one language's index: `filter` is the name of the section filter in that index. */
export class SearchEngine {
  readonly #pagefind: Pagefind;
  readonly #filter: string;
  readonly #english: boolean;
  readonly #traditional: string;
  readonly #pages = new Map<string, Promise<Page>>();
  readonly #lists = new Map<string, Promise<Page[]>>();
  #simplify: Promise<(text: string) => string> | undefined;

  /** `traditional`: the characters whose simplified forms the text holds (src/lib/search/traditional.ts). */
  constructor(pagefind: Pagefind, options: { filter: string; english: boolean; traditional: string }) {
    this.#pagefind = pagefind;
    this.#filter = options.filter;
    this.#english = options.english;
    this.#traditional = options.traditional;
  }

  /** A page of the index, read once. */
  #page(result: PagefindSearch['results'][number]): Promise<Page> {
    let page = this.#pages.get(result.id);
    if (!page) {
      page = result.data().then((data) => ({
        url: data.url,
        title: data.meta.title ?? data.url,
        section: data.filters[this.#filter]?.[0] ?? '',
        paragraphs: data.anchors
          .filter((anchor) => PARAGRAPH_ID.test(anchor.id))
          .map((anchor) => paragraph(anchor.id, data.url, readingOrder(anchor.id), anchor.text ?? '')),
        labels: new Map(data.anchors.map((anchor) => [anchor.id, anchor.title ?? anchor.id])),
      }));
      this.#pages.set(result.id, page);
    }
    return page;
  }

  /** The pages in the chosen sections (all pages if none is chosen), through Pagefind's filters; each choice asked once,
   * as the index does not change while the page is open. */
  pages(sections: readonly string[] = []): Promise<Page[]> {
    const key = JSON.stringify([...sections].sort());
    let pages = this.#lists.get(key);
    if (!pages) {
      const filters = sections.length > 0 ? { [this.#filter]: { any: sections } } : {};
      pages = this.#pagefind
        .search(null, { filters })
        .then((search) => Promise.all((search?.results ?? []).map((result) => this.#page(result))));
      this.#lists.set(key, pages);
      pages.catch(() => this.#lists.delete(key));
    }
    return pages;
  }

  /** Every section of the index, in reading order. */
  async sections(): Promise<string[]> {
    const pages = await this.pages();
    const order = (page: Page) => Math.min(...page.paragraphs.map((p) => p.order));
    return [...new Set([...pages].sort((a, b) => order(a) - order(b)).map((page) => page.section))].filter(Boolean);
  }

  /** The query in simplified characters, converting only when it holds a traditional character the text can match. */
  async #simplified(query: string): Promise<string> {
    if (!holdsAny(query, this.#traditional)) return query;
    this.#simplify ??= import('@/lib/search/simplifier.ts').then((module) => module.toSimplified);
    return (await this.#simplify)(query);
  }

  /** An English word as Pagefind finds it, stemmed: the paragraphs it lists and the forms it marks there. */
  async #listed(part: QueryPart): Promise<PartMatcher> {
    const search = await this.#pagefind.search(part.text);
    const ids = new Set<string>();
    const forms = new Set<string>();
    for (const result of search?.results ?? []) {
      for (const sub of (await result.data()).sub_results) {
        const id = sub.url.split('#')[1] ?? '';
        if (!PARAGRAPH_ID.test(id)) continue;
        ids.add(id);
        for (const word of markedWords(sub.excerpt)) forms.add(word);
      }
    }
    return { kind: 'listed', part, ids, forms: [...forms] };
  }

  /** A matcher for each part: English words through Pagefind on the English index, everything else by the phrase layer. */
  async #matchers(parts: readonly QueryPart[]): Promise<PartMatcher[]> {
    const listed = new Map<QueryPart, PartMatcher>();
    if (this.#english) {
      for (const part of parts) if (part.kind === 'word') listed.set(part, await this.#listed(part));
    }
    return matchers(parts, (part) => listed.get(part));
  }

  /** Searches for `query` in the chosen sections. */
  async search(query: string, sections: readonly string[] = []): Promise<Outcome> {
    const simplified = await this.#simplified(query);
    const parts = parseQuery(simplified);
    const found = await this.#matchers(parts);
    const all = await this.pages();
    const info = new Map(all.map((page) => [page.url, page]));
    const pageOf = (url: string) => info.get(url) as Page;
    const hits = exactHits(
      all.flatMap((page) => page.paragraphs),
      found,
    );
    const chosen = new Set((await this.pages(sections)).map((page) => page.url));
    const shown = hits.filter((hit) => chosen.has(hit.paragraph.page));
    const near =
      shown.length > 0
        ? []
        : nearHits(
            all.filter((page) => chosen.has(page.url)).flatMap((page) => page.paragraphs),
            found,
          );
    const counts = new Map<string, number>();
    for (const hit of hits) counts.set(pageOf(hit.paragraph.page).section, (counts.get(pageOf(hit.paragraph.page).section) ?? 0) + 1);
    return {
      parts,
      simplified: simplified !== query ? simplified : undefined,
      pages: byPage(shown).map((group) => ({ ...group, info: pageOf(group.page) })),
      everywhere: byPage(hits).map((group) => ({ ...group, info: pageOf(group.page) })),
      total: shown.length,
      near: near.map((hit) => ({ ...hit, info: pageOf(hit.paragraph.page) })),
      counts,
    };
  }
}
