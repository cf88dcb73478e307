// Checking a WACZ: datapackage.json against the files, every WARC record against its digests, every CDXJ entry against the
// record it points at, and every page of pages.jsonl against the index. Names each fault; reads only the bytes it is given.
import { gunzipSync } from 'node:zlib';
import { WARCParser } from 'warcio';
import { fromBufferPromise } from 'yauzl';
import { sha256 } from './warc.ts';
import { WACZ_PATHS } from './wacz.ts';

/** One fault found in a WACZ: what kind, where (a file, and a line or offset) and what was expected and found. */
export interface WaczProblem {
  kind: string;
  where: string;
  detail: string;
}

/** What a check found: the faults, and how much it checked. */
export interface WaczReport {
  problems: WaczProblem[];
  counts: { files: number; records: number; indexEntries: number; pages: number };
}

/** A file inside the zip: its bytes and whether it was stored uncompressed. */
interface ZipItem {
  bytes: Buffer;
  stored: boolean;
}

/** Every file of a zip, read with yauzl (which refuses unsafe names and sizes that do not add up). */
export async function readZip(bytes: Uint8Array): Promise<Map<string, ZipItem>> {
  const zip = await fromBufferPromise(Buffer.from(bytes), { lazyEntries: true, strictFileNames: true });
  const files = new Map<string, ZipItem>();
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName.endsWith('/')) continue;
    const stream = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    files.set(entry.fileName, { bytes: Buffer.concat(chunks), stored: entry.compressionMethod === 0 });
  }
  return files;
}

/** A WARC record as found in its file: where it starts, how long it is, its WARC headers and its block. */
export interface FoundRecord {
  file: string;
  offset: number;
  length: number;
  headers: Map<string, string>;
  block: Buffer;
}

const CRLF2 = Buffer.from('\r\n\r\n');

/** The WARC headers of a record's head (its lines before `\r\n\r\n`) after the version line, names lower-cased, both trimmed. */
function headersOf(head: Buffer): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of head.toString('utf8').split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** Splits one raw record (decompressed) into its WARC headers and its block, which its Content-Length bounds. */
function splitRecord(raw: Buffer): { headers: Map<string, string>; block: Buffer } {
  const end = raw.indexOf(CRLF2);
  if (end < 0) throw new Error('no end to the WARC headers');
  const headers = headersOf(raw.subarray(0, end));
  const length = Number(headers.get('content-length'));
  if (!Number.isInteger(length) || end + 4 + length > raw.length) throw new Error('its Content-Length runs past its end');
  return { headers, block: raw.subarray(end + 4, end + 4 + length) };
}

/** The record that starts at `offset` and runs `length` bytes in a WARC file (each record a gzip member of its own in a `.warc.gz`). */
export function recordAt(file: string, warc: Buffer, offset: number, length: number): FoundRecord {
  if (offset < 0 || length <= 0 || offset + length > warc.length) throw new Error(`bytes ${offset}–${offset + length} lie outside ${file}`);
  const slice = warc.subarray(offset, offset + length);
  const raw = file.endsWith('.gz') ? gunzipSync(slice) : slice;
  return { file, offset, length, ...splitRecord(raw) };
}

async function* once(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}

/** Where a record starts in its WARC file and how many bytes it runs. */
interface Span {
  offset: number;
  length: number;
}

/** Where every record of a gzipped WARC file starts and how long it is, as warcio's parser finds them. */
export async function recordSpans(warc: Uint8Array): Promise<Span[]> {
  const parser = new WARCParser(once(warc));
  const spans: Span[] = [];
  for await (const record of parser) {
    await record.skipFully();
    spans.push({ offset: parser.offset, length: parser.recordLength });
  }
  return spans;
}

const VERSION = Buffer.from('WARC/');

/** Where the record that starts at `offset` of an uncompressed WARC ends: after its headers, its Content-Length bytes of block and `\r\n\r\n`. */
function plainRecordEnd(warc: Buffer, offset: number): number {
  if (!warc.subarray(offset, offset + VERSION.length).equals(VERSION)) throw new Error('no WARC/ version line');
  const head = warc.indexOf(CRLF2, offset);
  if (head < 0) throw new Error('no end to the WARC headers');
  const length = headersOf(warc.subarray(offset, head)).get('content-length') ?? '';
  if (!/^\d+$/.test(length)) throw new Error('its Content-Length is missing or not a whole number');
  const end = head + CRLF2.length + Number(length);
  if (end > warc.length) throw new Error('its Content-Length runs past its end');
  if (!warc.subarray(end, end + CRLF2.length).equals(CRLF2)) throw new Error('no \\r\\n\\r\\n after its block');
  return end + CRLF2.length;
}

/** The records of an uncompressed WARC by the WARC 1.1 framing, up to the first that breaks it, and why that one does. */
function plainSpans(warc: Buffer): { spans: Span[]; fault?: string } {
  const spans: Span[] = [];
  for (let offset = 0; offset < warc.length;) {
    try {
      const end = plainRecordEnd(warc, offset);
      spans.push({ offset, length: end - offset });
      offset = end;
    } catch (error) {
      return { spans, fault: (error as Error).message };
    }
  }
  return { spans };
}

/** The most bytes a gzipped WARC may gunzip to, so that a gzip bomb cannot exhaust memory. */
const MAX_GUNZIPPED = 1024 ** 3;

/** Throws why a gzipped WARC, gunzipped whole (every member), does not gunzip or breaks the WARC 1.1 framing. */
function checkGzipFraming(warc: Buffer): void {
  let raw: Buffer;
  try {
    raw = gunzipSync(warc, { maxOutputLength: MAX_GUNZIPPED });
  } catch (error) {
    throw new Error(`it does not gunzip: ${(error as Error).message}`, { cause: error });
  }
  const { fault } = plainSpans(raw);
  if (fault !== undefined) throw new Error(fault);
}

/**
 * The records of one WARC file (warcio reads a `.warc.gz`, whose records are gzip members; the framing a `.warc`), and why
 * the bytes after the last are not one. Gzipped or not by its name, as `recordAt` reads it.
 */
async function fileSpans(path: string, bytes: Buffer, problems: WaczProblem[]): Promise<{ spans: Span[]; fault?: string }> {
  if (!path.endsWith('.gz')) return plainSpans(bytes);
  try {
    // warcio waits forever on a record cut short, so it reads only a file whose framing holds.
    checkGzipFraming(bytes);
    return { spans: await recordSpans(bytes) };
  } catch (error) {
    problems.push({
      kind: 'unreadable',
      where: path,
      detail: `not a WARC file: ${error instanceof Error ? error.message : String(error)}`,
    });
    return { spans: [] };
  }
}

/** The payload of a response record: its block after the HTTP headers. */
export function payloadOf(record: FoundRecord): Buffer {
  if (record.headers.get('warc-type') !== 'response') return record.block;
  const end = record.block.indexOf(CRLF2);
  return end < 0 ? Buffer.alloc(0) : record.block.subarray(end + 4);
}

/** The fault of one record, if any: a payload, or else a block (HTTP headers and payload), that does not hash to the digest its headers give. */
export function recordProblems(record: FoundRecord): WaczProblem[] {
  const url = record.headers.get('warc-target-uri');
  const where = `${record.file} at offset ${record.offset}${url ? `, ${url}` : ''}`;
  if (record.headers.get('warc-type') === 'response' && !record.headers.has('warc-payload-digest'))
    return [{ kind: 'altered record', where, detail: 'a response record with no WARC-Payload-Digest' }];
  // A changed payload changes the block too: the payload's digest says more, so it is the one named.
  for (const [header, bytes] of [
    ['WARC-Payload-Digest', payloadOf(record)],
    ['WARC-Block-Digest', record.block],
  ] as const) {
    const claimed = record.headers.get(header.toLowerCase());
    const actual = sha256(bytes);
    if (claimed !== undefined && claimed !== actual)
      return [{ kind: 'altered record', where, detail: `${header} says ${claimed}, the bytes hash to ${actual}` }];
  }
  return [];
}

/** Parses a JSON file of the package, or says why it cannot. */
function parseJson(path: string, item: ZipItem | undefined, problems: WaczProblem[]): unknown {
  if (!item) {
    problems.push({ kind: 'missing', where: path, detail: 'a WACZ needs this file' });
    return undefined;
  }
  try {
    return JSON.parse(item.bytes.toString('utf8'));
  } catch (error) {
    problems.push({ kind: 'unreadable', where: path, detail: `not JSON: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
}

interface Resource {
  path: string;
  hash: string;
  bytes: number;
}

/** The faults of `datapackage.json` and its digest: a resource missing, of another size or hash, a file not listed, a WARC compressed by the zip. */
export function packageProblems(files: ReadonlyMap<string, ZipItem>): WaczProblem[] {
  const problems: WaczProblem[] = [];
  const pkg = parseJson(WACZ_PATHS.datapackage, files.get(WACZ_PATHS.datapackage), problems) as { resources?: unknown } | undefined;
  const digest = parseJson(WACZ_PATHS.digest, files.get(WACZ_PATHS.digest), problems) as { hash?: unknown } | undefined;
  const datapackage = files.get(WACZ_PATHS.datapackage);
  if (digest && datapackage && digest.hash !== sha256(datapackage.bytes))
    problems.push({
      kind: 'wrong hash',
      where: WACZ_PATHS.datapackage,
      detail: `${WACZ_PATHS.digest} says ${String(digest.hash)}, the file hashes to ${sha256(datapackage.bytes)}`,
    });
  if (pkg && !Array.isArray(pkg.resources))
    problems.push({ kind: 'unreadable', where: WACZ_PATHS.datapackage, detail: 'no “resources” list' });
  const resources = (pkg && Array.isArray(pkg.resources) ? pkg.resources : []) as Resource[];
  for (const resource of resources) {
    const item = files.get(resource.path);
    if (!item) {
      problems.push({ kind: 'missing', where: String(resource.path), detail: `listed in ${WACZ_PATHS.datapackage}, not in the zip` });
      continue;
    }
    if (item.bytes.length !== resource.bytes)
      problems.push({
        kind: 'wrong size',
        where: resource.path,
        detail: `${WACZ_PATHS.datapackage} says ${resource.bytes} bytes, the file has ${item.bytes.length}`,
      });
    if (item.bytes.length === resource.bytes && resource.hash !== sha256(item.bytes))
      problems.push({
        kind: 'wrong hash',
        where: resource.path,
        detail: `${WACZ_PATHS.datapackage} says ${resource.hash}, the file hashes to ${sha256(item.bytes)}`,
      });
  }
  const listed = new Set([WACZ_PATHS.datapackage, WACZ_PATHS.digest, ...resources.map((resource) => resource.path)]);
  for (const path of files.keys())
    if (!listed.has(path)) problems.push({ kind: 'unlisted', where: path, detail: `in the zip, not in ${WACZ_PATHS.datapackage}` });
  for (const [path, item] of files)
    if (path.startsWith('archive/') && !item.stored)
      problems.push({
        kind: 'compressed',
        where: path,
        detail: 'a WARC must be stored uncompressed in the zip, so that replay can seek into it',
      });
  if (![...files.keys()].some((path) => /^archive\/[^/]+\.warc(\.gz)?$/.test(path)))
    problems.push({ kind: 'missing', where: 'archive/', detail: 'no .warc or .warc.gz file' });
  return problems;
}

/** Every record of every WARC under `archive/`, keyed by `file@offset`, and the faults of each (or of a file that does not parse). */
export async function archiveRecords(
  files: ReadonlyMap<string, ZipItem>,
): Promise<{ records: Map<string, FoundRecord>; problems: WaczProblem[] }> {
  const records = new Map<string, FoundRecord>();
  const problems: WaczProblem[] = [];
  for (const [path, item] of files) {
    if (!/^archive\/[^/]+\.warc(\.gz)?$/.test(path)) continue;
    const { spans, fault } = await fileSpans(path, item.bytes, problems);
    for (const { offset, length } of spans) {
      try {
        const record = recordAt(path, item.bytes, offset, length);
        records.set(`${path}@${offset}`, record);
        problems.push(...recordProblems(record));
      } catch (error) {
        problems.push({
          kind: 'unreadable',
          where: `${path} at offset ${offset}`,
          detail: error instanceof Error ? error.message : String(error),
        });
      }
    }
    const end = spans.reduce((last, span) => Math.max(last, span.offset + span.length), 0);
    if (end < item.bytes.length)
      problems.push({
        kind: 'unreadable',
        where: `${path} at offset ${end}`,
        detail: `the last ${item.bytes.length - end} bytes are not a WARC record: ${fault ?? 'damaged, cut short or not a WARC'}`,
      });
  }
  return { records, problems };
}

/** One line of a CDXJ index: the JSON after the key and timestamp. */
interface IndexEntry {
  url?: string;
  digest?: string;
  offset?: string;
  length?: string;
  filename?: string;
}

/** What is wrong with where an index entry leads, or null when it leads to its record: in its file, at its offset, with its length, URL and payload digest. */
function entryFault(entry: IndexEntry, files: ReadonlyMap<string, ZipItem>, record: FoundRecord | undefined): string | null {
  const file = `archive/${entry.filename ?? ''}`;
  if (!files.has(file)) return `names ${file}, which is not in the zip`;
  if (!record || String(record.length) !== entry.length)
    return `points at offset ${entry.offset}, length ${entry.length} of ${file}, where no such record is (it is missing or moved)`;
  if (record.headers.get('warc-target-uri') !== entry.url)
    return `points at the record of ${record.headers.get('warc-target-uri') ?? 'no URL'}`;
  const actual = sha256(payloadOf(record)).slice('sha256:'.length);
  return actual === entry.digest ? null : `says digest ${entry.digest}, the record's payload hashes to ${actual}`;
}

/** The lines of the CDXJ index files under `indexes/` (gunzipped for `.gz`), each with where it stands. */
function indexLines(files: ReadonlyMap<string, ZipItem>, problems: WaczProblem[]): { where: string; line: string }[] {
  const indexes = [...files].filter(([path]) => /^indexes\/[^/]+\.cdxj?(\.gz)?$/.test(path));
  if (indexes.length === 0) problems.push({ kind: 'missing', where: 'indexes/', detail: 'no CDXJ index' });
  return indexes.flatMap(([path, item]) => {
    try {
      const text = (path.endsWith('.gz') ? gunzipSync(item.bytes) : item.bytes).toString('utf8');
      return text.split('\n').flatMap((line, index) => (line.trim() === '' ? [] : [{ where: `${path} line ${index + 1}`, line }]));
    } catch (error) {
      problems.push({ kind: 'unreadable', where: path, detail: error instanceof Error ? error.message : String(error) });
      return [];
    }
  });
}

/**
 * The faults of the CDXJ index: a line that does not parse, or an entry whose record is not where it says (no record
 * starts at its offset with its length), is for another URL, or has a payload whose SHA-256 is not the entry's digest;
 * then a response record no entry leads to. Returns the URLs indexed, those whose entries lead to a sound record, and the number of entries.
 */
export function indexProblems(
  files: ReadonlyMap<string, ZipItem>,
  records: ReadonlyMap<string, FoundRecord>,
): { problems: WaczProblem[]; found: Set<string>; indexed: Set<string>; entries: number } {
  const problems: WaczProblem[] = [];
  const found = new Set<string>();
  const indexed = new Set<string>();
  const reached = new Set<string>();
  const lines = indexLines(files, problems);
  for (const { where, line } of lines) {
    let entry: IndexEntry;
    try {
      const json = line.indexOf(' {');
      if (json < 0) throw new Error('no JSON after the key and timestamp');
      entry = JSON.parse(line.slice(json + 1)) as IndexEntry;
    } catch (error) {
      problems.push({ kind: 'bad index entry', where, detail: error instanceof Error ? error.message : String(error) });
      continue;
    }
    if (entry.url) indexed.add(entry.url);
    const key = `archive/${entry.filename ?? ''}@${entry.offset ?? ''}`;
    const record = records.get(key);
    if (record && String(record.length) === entry.length) reached.add(key);
    const fault = entryFault(entry, files, record);
    if (fault) problems.push({ kind: 'bad index entry', where, detail: `${entry.url ?? 'no URL'} ${fault}` });
    else if (entry.url) found.add(entry.url);
  }
  for (const [key, record] of records)
    if (record.headers.get('warc-type') === 'response' && !reached.has(key))
      problems.push({
        kind: 'unindexed record',
        where: `${record.file} at offset ${record.offset}, ${record.headers.get('warc-target-uri') ?? 'no URL'}`,
        detail: 'no index entry leads to this record, so replay cannot find it',
      });
  return { problems, found, indexed, entries: lines.length };
}

/** The faults of `pages/pages.jsonl`: a line that does not parse, or a page with no URL, no `ts`, or no sound record in the index. */
export function pageProblems(
  files: ReadonlyMap<string, ZipItem>,
  urls: { found: ReadonlySet<string>; indexed: ReadonlySet<string> },
): { problems: WaczProblem[]; pages: number } {
  const problems: WaczProblem[] = [];
  const item = files.get(WACZ_PATHS.pages);
  if (!item) return { problems: [{ kind: 'missing', where: WACZ_PATHS.pages, detail: 'a WACZ needs its page list' }], pages: 0 };
  let pages = 0;
  item.bytes
    .toString('utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      const where = `${WACZ_PATHS.pages} line ${index + 1}`;
      let page: { format?: string; url?: string; ts?: string };
      try {
        page = JSON.parse(line) as typeof page;
      } catch (error) {
        problems.push({ kind: 'bad page', where, detail: error instanceof Error ? error.message : String(error) });
        return;
      }
      if (index === 0 && page.format) return;
      pages += 1;
      if (!page.url || !page.ts) problems.push({ kind: 'bad page', where, detail: 'a page needs a “url” and a “ts”' });
      else if (!urls.indexed.has(page.url))
        problems.push({ kind: 'page without record', where, detail: `${page.url} has no record in the index` });
      else if (!urls.found.has(page.url))
        problems.push({ kind: 'page without record', where, detail: `${page.url} has no sound record: its index entry is faulty (above)` });
    });
  return { problems, pages };
}

/** Checks a whole WACZ: the package, every record, every index entry and every page. Throws only when the bytes are not a zip. */
export async function verifyWacz(bytes: Uint8Array): Promise<WaczReport> {
  const files = await readZip(bytes);
  const { records, problems: recordFaults } = await archiveRecords(files);
  const index = indexProblems(files, records);
  const pages = pageProblems(files, index);
  return {
    problems: [...packageProblems(files), ...recordFaults, ...index.problems, ...pages.problems],
    counts: { files: files.size, records: records.size, indexEntries: index.entries, pages: pages.pages },
  };
}
