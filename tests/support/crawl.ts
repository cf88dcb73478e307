import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** What fetching one URL gave: its status and, for HTML and CSS, its text. */
export interface Fetched {
  status: number;
  type: 'html' | 'css' | 'other';
  body: string;
}

/** The result of a crawl: the pages reached, the links followed, and every broken link or fragment with the page it is on. */
export interface CrawlReport {
  pages: string[];
  links: number;
  fragments: number;
  broken: string[];
  /** Absolute URLs that leave the site (not followed). */
  outside: string[];
}

const LINK = /<(?:a|link|script|img|source|iframe|form)\b[^>]*?\s(?:href|src|action)="([^"]*)"/g;
const CSS_URL = /url\(\s*['"]?([^'")]+)['"]?\s*\)/g;

// A script's body is code or a template (Pagefind's result template holds `href="{{ … }}"`), not links of the page;
// its start tag, with any src, stays.
const SCRIPT_BODY = /(<script\b[^>]*>)[\s\S]*?(<\/script>)/g;

function targets(fetched: Fetched): string[] {
  const pattern = fetched.type === 'html' ? LINK : fetched.type === 'css' ? CSS_URL : null;
  if (!pattern) return [];
  const body = fetched.type === 'html' ? fetched.body.replace(SCRIPT_BODY, '$1$2') : fetched.body;
  return Array.from(body.matchAll(pattern), (m) => m[1]!.replace(/&amp;/g, '&')).filter(
    (href) => !/^(?:data|mailto|tel|javascript):/.test(href),
  );
}

function ids(html: string): Set<string> {
  return new Set(Array.from(html.matchAll(/\s(?:id|name)="([^"]+)"/g), (m) => m[1]!));
}

/** Follows every link, asset and `#fragment` from the start pages, within `root`, and reports what is broken. */
export async function crawl(
  root: string,
  starts: { url: string; status: number }[],
  get: (url: string) => Promise<Fetched>,
): Promise<CrawlReport> {
  const cache = new Map<string, Promise<Fetched>>();
  const fetchOnce = (url: string) => {
    let hit = cache.get(url);
    if (!hit) cache.set(url, (hit = get(url)));
    return hit;
  };
  const report: CrawlReport = { pages: [], links: 0, fragments: 0, broken: [], outside: [] };
  const queue = [...starts];
  const seen = new Set(starts.map((s) => s.url));
  while (queue.length > 0) {
    const { url, status } = queue.shift()!;
    const page = await fetchOnce(url);
    if (page.status !== status) {
      report.broken.push(`${url}: status ${page.status}, expected ${status}`);
      continue;
    }
    if (page.type === 'html') report.pages.push(url);
    for (const href of targets(page)) {
      const target = new URL(href, url);
      const bare = target.href.replace(/#.*$/, '');
      if (!bare.startsWith(root)) {
        report.outside.push(target.href);
        continue;
      }
      report.links += 1;
      // A link within the page itself (`#main`) is checked against the page as it was answered, whatever its status.
      const fetched = bare === url ? { ...page, status: 200 } : await fetchOnce(bare);
      if (fetched.status !== 200) {
        report.broken.push(`${url} → ${href}: status ${fetched.status}`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment !== '') {
        report.fragments += 1;
        if (fetched.type !== 'html' || !ids(fetched.body).has(fragment))
          report.broken.push(`${url} → ${href}: no element with id “${fragment}”`);
      }
      if (!seen.has(bare) && (fetched.type === 'html' || fetched.type === 'css')) {
        seen.add(bare);
        queue.push({ url: bare, status: 200 });
      }
    }
  }
  report.pages.sort();
  return report;
}

function typeOf(path: string, contentType = ''): Fetched['type'] {
  if (contentType.includes('text/html') || /\.html?$/.test(path)) return 'html';
  if (contentType.includes('text/css') || /\.css$/.test(path)) return 'css';
  return 'other';
}

/** Fetches over HTTP, as a browser would (no redirects followed silently). */
export async function httpGet(url: string): Promise<Fetched> {
  const response = await fetch(url, { redirect: 'manual' });
  const type = typeOf(new URL(url).pathname, response.headers.get('content-type') ?? '');
  return { status: response.status, type, body: type === 'other' ? '' : await response.text() };
}

/** Reads a `file://` URL as a browser opening files from disk would: a folder is not a page (the browser shows a listing), a missing file is a 404. */
export async function fileGet(url: string): Promise<Fetched> {
  const path = fileURLToPath(url);
  if (!existsSync(path)) return { status: 404, type: 'other', body: '' };
  if (statSync(path).isDirectory()) return { status: 403, type: 'other', body: '' };
  const type = typeOf(path);
  return { status: 200, type, body: type === 'other' ? '' : readFileSync(path, 'utf8') };
}
