// A WACZ 1.1.1 package of the built site: the WARC, its CDXJ index, the page list, datapackage.json and its digest, zipped
// with yazl so that the WARC is stored uncompressed (replay seeks into it) and the same input gives the same bytes.
import { createHash } from 'node:crypto';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { ZipFile } from 'yazl';
import { pagePaths } from '../../src/integrations/postbuild/headers.ts';
import { parseHeadersFile } from './headers-file.ts';
import { cdxjIndex, HEADERS_FILE, servedResponses, sha256, siteAddress, warcDate, warcFile, type SiteFile, type WarcInfo } from './warc.ts';

/** Where each part lives in a WACZ. */
export const WACZ_PATHS = {
  warc: 'archive/data.warc.gz',
  index: 'indexes/index.cdxj',
  pages: 'pages/pages.jsonl',
  datapackage: 'datapackage.json',
  digest: 'datapackage-digest.json',
} as const;

/** A page for `pages.jsonl`: its address, title and text. */
export interface PageEntry {
  url: string;
  title: string;
  text: string;
}

const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);
const BLOCKS = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul'.split(
    ' ',
  ),
);

function find(node: Nodes, name: string): Element | undefined {
  if (node.type === 'element' && node.tagName === name) return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = find(child, name);
    if (found) return found;
  }
  return undefined;
}

/** A ¶ link: a link to a place on its own page that Pagefind is told to ignore (whole regions so marked are still text). */
function isPermalink(node: Element): boolean {
  return (
    node.tagName === 'a' && String(node.properties['href'] ?? '').startsWith('#') && node.properties['dataPagefindIgnore'] !== undefined
  );
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && (SKIPPED.has(node.tagName) || isPermalink(node))) return '';
  const inner = node.children.map((child) => textOf(child)).join('');
  return node.type === 'element' && BLOCKS.has(node.tagName) ? ` ${inner} ` : inner;
}

/**
 * The title and text of a built page: its `<title>`, and the text of its `<main>` (else `<body>`) with block elements set
 * apart by a space and whitespace collapsed; scripts, styles and the ¶ links left out.
 */
export function pageSummary(html: string): { title: string; text: string } {
  const tree = fromHtml(html);
  const title = find(tree, 'title');
  const body = find(tree, 'main') ?? find(tree, 'body') ?? tree;
  const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
  return { title: title ? squash(textOf(title)) : '', text: squash(textOf(body)) };
}

/** A page's id in `pages.jsonl`: the first 16 hex digits of its URL's SHA-256, the same in every build. */
export function pageId(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 16);
}

/** `pages/pages.jsonl`: the `json-pages-1.0` header line, then one line per page (id, url, ts, title, text). */
export function pagesJsonl(pages: readonly PageEntry[], date: Date): string {
  const head = { format: 'json-pages-1.0', id: 'pages', title: 'All Pages' };
  const ts = warcDate(date);
  return [head, ...pages.map((page) => ({ id: pageId(page.url), url: page.url, ts, title: page.title, text: page.text }))]
    .map((line) => `${JSON.stringify(line)}\n`)
    .join('');
}

/** What `datapackage.json` says of the collection besides its resources. */
export interface WaczMeta {
  title: string;
  description: string;
  software: string;
  /** RFC 3339; the build's date, so the same commit gives the same package. */
  created: string;
  mainPageUrl: string;
}

/** A file inside the WACZ. */
export interface WaczEntry {
  path: string;
  bytes: Uint8Array;
}

/** `datapackage.json` (WACZ 1.1.1, Frictionless Data Package): every resource's name, path, SHA-256 and size, and the metadata. */
export function datapackageJson(resources: readonly WaczEntry[], meta: WaczMeta): string {
  const pkg = {
    profile: 'data-package',
    wacz_version: '1.1.1',
    title: meta.title,
    description: meta.description,
    created: meta.created,
    modified: meta.created,
    software: meta.software,
    mainPageUrl: meta.mainPageUrl,
    mainPageDate: meta.created,
    resources: resources.map((entry) => ({
      name: entry.path.slice(entry.path.lastIndexOf('/') + 1),
      path: entry.path,
      hash: sha256(entry.bytes),
      bytes: entry.bytes.length,
    })),
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** `datapackage-digest.json`: the SHA-256 of `datapackage.json`, which covers every other file. */
export function datapackageDigestJson(datapackage: Uint8Array): string {
  return `${JSON.stringify({ path: WACZ_PATHS.datapackage, hash: sha256(datapackage) }, null, 2)}\n`;
}

/** A date whose local-time fields read as its UTC fields: yazl writes DOS times from local-time getters, so every time zone writes the same bytes. */
class UtcFieldsDate extends Date {
  override getFullYear() {
    return this.getUTCFullYear();
  }
  override getMonth() {
    return this.getUTCMonth();
  }
  override getDate() {
    return this.getUTCDate();
  }
  override getHours() {
    return this.getUTCHours();
  }
  override getMinutes() {
    return this.getUTCMinutes();
  }
  override getSeconds() {
    return this.getUTCSeconds();
  }
}

/** A zip of the entries in order, each dated `date` (DOS time, UTC); the `.warc.gz` stored as it is, the rest deflated. */
export function zipEntries(entries: readonly WaczEntry[], date: Date): Promise<Uint8Array> {
  const zip = new ZipFile();
  const mtime = new UtcFieldsDate(date.getTime());
  for (const entry of entries)
    zip.addBuffer(Buffer.from(entry.bytes), entry.path, {
      mtime,
      forceDosTimestamp: true,
      mode: 0o100644,
      compressionLevel: entry.path.endsWith('.gz') ? 0 : 9,
    });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** The parts a WACZ is packed from. */
export interface WaczParts {
  warc: Uint8Array;
  cdxj: string;
  pagesJsonl: string;
}

/** Packs the parts as a WACZ, adding `datapackage.json` (hashing each part) and `datapackage-digest.json`. */
export function packWacz(parts: WaczParts, meta: WaczMeta, date: Date): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const resources: WaczEntry[] = [
    { path: WACZ_PATHS.warc, bytes: parts.warc },
    { path: WACZ_PATHS.index, bytes: encoder.encode(parts.cdxj) },
    { path: WACZ_PATHS.pages, bytes: encoder.encode(parts.pagesJsonl) },
  ];
  const datapackage = encoder.encode(datapackageJson(resources, meta));
  const digest = encoder.encode(datapackageDigestJson(datapackage));
  return zipEntries([...resources, { path: WACZ_PATHS.datapackage, bytes: datapackage }, { path: WACZ_PATHS.digest, bytes: digest }], date);
}

/** What a WACZ of the site needs besides its files: where it is served, when, and what to say of it. */
export interface SiteArchiveSpec {
  files: readonly SiteFile[];
  siteUrl: string;
  date: Date;
  info: WarcInfo['fields'];
  meta: Omit<WaczMeta, 'created' | 'mainPageUrl'>;
}

/** The parts of a WACZ of the built site: the WARC of every response a host serving `files` gives, its index, and the page list. */
export async function siteParts({
  files,
  siteUrl,
  date,
  info,
}: Omit<SiteArchiveSpec, 'meta'>): Promise<WaczParts & { pages: PageEntry[] }> {
  const headers = files.find((file) => file.path === HEADERS_FILE);
  const rules = headers ? parseHeadersFile(new TextDecoder().decode(headers.bytes), `dist/${HEADERS_FILE}`) : [];
  const responses = servedResponses(files, rules, siteUrl, date);
  const name = WACZ_PATHS.warc.slice(WACZ_PATHS.warc.lastIndexOf('/') + 1);
  const warc = await warcFile({ filename: name, fields: info }, responses, date);
  const pages = files
    .filter((file) => file.path.endsWith('.html'))
    .map((file) => ({
      url: siteAddress(siteUrl, pagePaths(file.path)[0] ?? `/${file.path}`),
      ...pageSummary(new TextDecoder().decode(file.bytes)),
    }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { warc, cdxj: await cdxjIndex(warc, name), pagesJsonl: pagesJsonl(pages, date), pages };
}

/** The whole `.wacz` of the built site. */
export async function siteWacz(spec: SiteArchiveSpec): Promise<{ wacz: Uint8Array; parts: Awaited<ReturnType<typeof siteParts>> }> {
  const parts = await siteParts(spec);
  const created = warcDate(spec.date);
  const wacz = await packWacz(parts, { ...spec.meta, created, mainPageUrl: siteAddress(spec.siteUrl, '/') }, spec.date);
  return { wacz, parts };
}
