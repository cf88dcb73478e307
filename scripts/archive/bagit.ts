import { createHash, type Hash } from 'node:crypto';

/** The checksum algorithms this bag writer and checker know, strongest first (RFC 8493 asks for SHA-512 or SHA-256). */
export const ALGORITHMS = ['sha512', 'sha256', 'sha1', 'md5'] as const;
/** A checksum algorithm by its BagIt name. */
export type Algorithm = (typeof ALGORITHMS)[number];

/** A file of the bag, by its path from the bag's top folder (`data/index.html`, `bagit.txt`). */
export interface BagFile {
  path: string;
  bytes: Uint8Array;
}

/** What a reader of a bag learnt of one file: its size and its checksum under every algorithm of `ALGORITHMS`. */
export interface FileFacts {
  size: number;
  digests: Readonly<Record<Algorithm, string>>;
}

/** A bag as read, wherever it lay (a folder, an archive): every file's facts, and the bytes of the tag files (all but `data/`). */
export interface BagContents {
  files: ReadonlyMap<string, FileFacts>;
  tags: ReadonlyMap<string, Uint8Array>;
}

/** One thing wrong with a bag, naming the file. */
export interface Problem {
  kind: 'missing' | 'extra' | 'altered' | 'invalid';
  path: string;
  detail: string;
}

/** The hex digest of some bytes. */
export function digest(algorithm: Algorithm, bytes: Uint8Array): string {
  return createHash(algorithm).update(bytes).digest('hex');
}

/** Hashes a stream of chunks under every algorithm at once, so a file is read once whatever its manifests ask for. */
export class MultiHash {
  private readonly hashes: [Algorithm, Hash][] = ALGORITHMS.map((algorithm) => [algorithm, createHash(algorithm)]);
  size = 0;

  /** Adds a chunk. */
  update(chunk: Uint8Array): void {
    this.size += chunk.length;
    for (const [, hash] of this.hashes) hash.update(chunk);
  }

  /** The size and every digest; the hash cannot be used after. */
  facts(): FileFacts {
    return {
      size: this.size,
      digests: Object.fromEntries(this.hashes.map(([a, hash]) => [a, hash.digest('hex')])) as Record<Algorithm, string>,
    };
  }
}

/** The contents of a bag held in memory (for tests and for checking a bag just made). */
export function contentsOf(files: readonly BagFile[]): BagContents {
  const facts = new Map<string, FileFacts>();
  const tags = new Map<string, Uint8Array>();
  for (const file of files) {
    const hash = new MultiHash();
    hash.update(file.bytes);
    facts.set(file.path, hash.facts());
    if (!file.path.startsWith('data/')) tags.set(file.path, file.bytes);
  }
  return { files: facts, tags };
}

/** A path as a manifest writes it: `%`, CR and LF percent-encoded (RFC 8493 §2.1.3). */
export function encodePath(path: string): string {
  return path.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A manifest's path read back: `%0A`, `%0D` and `%25` decoded. */
export function decodePath(path: string): string {
  return path.replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%25/g, '%');
}

/** A manifest: one `checksum  path` line per file, sorted by path. */
export function manifestText(algorithm: Algorithm, files: readonly BagFile[]): string {
  return [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file) => `${digest(algorithm, file.bytes)}  ${encodePath(file.path)}\n`)
    .join('');
}

/** Why a path may not name a file inside a bag (absolute, `..`, `.` or empty segments, a backslash or drive), or undefined when it may. */
export function unsafePath(path: string): string | undefined {
  if (path.startsWith('/')) return 'an absolute path';
  if (/^[A-Za-z]:/.test(path) || path.includes('\\')) return 'a Windows path (drive letter or backslash)';
  const segments = path.replace(/\/$/, '').split('/');
  if (segments.includes('..')) return 'a path climbing out with “..”';
  if (segments.some((segment) => segment === '' || segment === '.')) return 'a path with an empty or “.” segment';
  return undefined;
}

/** A manifest read: path → checksum, and every line that breaks RFC 8493 (malformed, unsafe path, listed twice). */
export function parseManifest(text: string, name: string): { entries: Map<string, string>; problems: Problem[] } {
  const entries = new Map<string, string>();
  const lines = new Map<string, number>();
  const problems: Problem[] = [];
  const invalid = (detail: string) => problems.push({ kind: 'invalid', path: name, detail });
  text.split(/\r\n|\n|\r/).forEach((line, index) => {
    if (line === '') return;
    // `s`: a path may hold U+2028 or U+2029, which `.` alone does not match (CR and LF were split off above).
    const match = /^([0-9a-fA-F]+)[ \t]+(.+)$/s.exec(line);
    const path = decodePath(match?.[2] ?? '').replace(/^\.\//, '');
    const unsafe = unsafePath(path);
    const earlier = lines.get(path);
    if (!match) invalid(`line ${index + 1}: expected “checksum path”, found “${line}”`);
    else if (unsafe) invalid(`line ${index + 1}: ${path} is ${unsafe}`);
    else if (earlier !== undefined)
      invalid(`line ${index + 1}: ${path} is listed twice (also line ${earlier}); each file must be listed once`);
    else {
      lines.set(path, index + 1);
      entries.set(path, (match[1] ?? '').toLowerCase());
    }
  });
  return { entries, problems };
}

/** `bagit.txt` for BagIt 1.0 with UTF-8 tag files. */
export function bagitText(): string {
  return 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';
}

/** The Payload-Oxum of a payload: `octets.files`. */
export function payloadOxum(payload: readonly { size: number }[]): string {
  return `${payload.reduce((sum, file) => sum + file.size, 0)}.${payload.length}`;
}

/** A Payload-Oxum read back: octets and files, or undefined when it is not `digits.digits`. */
export function parseOxum(value: string): { octets: number; files: number } | undefined {
  const match = /^(\d+)\.(\d+)$/.exec(value.trim());
  return match ? { octets: Number(match[1]), files: Number(match[2]) } : undefined;
}

/** A byte count as bag-info's Bag-Size writes it, e.g. `215.3 KB`. */
export function bagSize(octets: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = octets;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${octets} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}

/** The longest line RFC 8493 §2.2.2 recommends for bag-info.txt. */
export const BAG_INFO_WIDTH = 79;

/**
 * One `Label: value` field folded at spaces into lines of at most `BAG_INFO_WIDTH` characters: each continuation line
 * starts with the space it was broken at, so removing the line breaks gives the value back (a word longer than a line stays whole).
 */
export function foldField(label: string, value: string): string {
  const lines: string[] = [];
  let line = `${label}:`;
  let first = true;
  for (const word of value.split(' ')) {
    const longer = `${line} ${word}`;
    if (!first && [...longer].length > BAG_INFO_WIDTH) {
      lines.push(line);
      line = ` ${word}`;
    } else line = longer;
    first = false;
  }
  return [...lines, line].join('\n');
}

/** `bag-info.txt` from label–value pairs, in the order given, each folded to `BAG_INFO_WIDTH`; a value's own line breaks become spaces. */
export function bagInfoText(fields: readonly (readonly [string, string])[]): string {
  return fields
    .map(([label, value]) => {
      if (!/^[^:\s][^:]*$/.test(label)) throw new Error(`bag-info label “${label}” may not contain a colon or start with a space`);
      return `${foldField(label, value.split(/\s*(?:\r\n|\n|\r)\s*/).join(' '))}\n`;
    })
    .join('');
}

/** Reads `bag-info.txt` (or `bagit.txt`) into label–value pairs, joining each continuation line with one space. */
export function parseBagInfo(text: string): [string, string][] {
  const fields: [string, string][] = [];
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (line === '') continue;
    const last = fields.at(-1);
    if (/^[ \t]/.test(line) && last) last[1] += ` ${line.trim()}`;
    else {
      const colon = line.indexOf(':');
      if (colon < 1) throw new Error(`expected “Label: value”, found “${line}”`);
      fields.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return fields;
}

/** What a bag is made of: its payload (the files under `data/`) and the bag-info fields to record. */
export interface BagSpec {
  payload: readonly BagFile[];
  info: readonly (readonly [string, string])[];
  algorithms?: readonly Algorithm[];
  tagAlgorithms?: readonly Algorithm[];
}

/**
 * Every file of a BagIt 1.0 bag (RFC 8493): `bagit.txt`, the payload under `data/`, a payload manifest per algorithm,
 * `bag-info.txt` with Payload-Oxum and Bag-Size added, and tag manifests over the tag files. Same input, same bytes.
 */
export function makeBag({ payload, info, algorithms = ['sha512', 'sha256'], tagAlgorithms = ['sha512'] }: BagSpec): BagFile[] {
  const encoder = new TextEncoder();
  const data = payload.map((file) => ({ path: `data/${file.path}`, bytes: file.bytes }));
  const sized = payload.map((file) => ({ size: file.bytes.length }));
  const octets = sized.reduce((sum, file) => sum + file.size, 0);
  const tags: BagFile[] = [
    { path: 'bagit.txt', bytes: encoder.encode(bagitText()) },
    {
      path: 'bag-info.txt',
      bytes: encoder.encode(
        bagInfoText([
          ...info.filter(([label]) => label !== 'Payload-Oxum' && label !== 'Bag-Size'),
          ['Payload-Oxum', payloadOxum(sized)],
          ['Bag-Size', bagSize(octets)],
        ]),
      ),
    },
    ...algorithms.map((algorithm) => ({ path: `manifest-${algorithm}.txt`, bytes: encoder.encode(manifestText(algorithm, data)) })),
  ];
  const tagManifests = tagAlgorithms.map((algorithm) => ({
    path: `tagmanifest-${algorithm}.txt`,
    bytes: encoder.encode(manifestText(algorithm, tags)),
  }));
  return [...tags, ...tagManifests, ...data];
}

const MANIFEST = /^(tag)?manifest-([a-z0-9]+)\.txt$/;
const BOM = [0xef, 0xbb, 0xbf];

/** A tag file as text; undefined when it is not UTF-8. */
function tagText(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The problems of `bagit.txt` (RFC 8493 §2.1.1): present, no byte-order mark, UTF-8, a version and the tag files' encoding declared. */
export function declarationProblems(bytes: Uint8Array | undefined): Problem[] {
  const invalid = (detail: string): Problem[] => [{ kind: 'invalid', path: 'bagit.txt', detail }];
  if (!bytes) return [{ kind: 'missing', path: 'bagit.txt', detail: 'not a bag: no bagit.txt' }];
  if (BOM.every((byte, index) => bytes[index] === byte))
    return invalid('starts with a byte-order mark, which RFC 8493 forbids; save it as UTF-8 without BOM');
  const text = tagText(bytes);
  if (text === undefined) return invalid('is not UTF-8');
  let fields: Map<string, string>;
  try {
    fields = new Map(parseBagInfo(text));
  } catch (error) {
    return invalid(error instanceof Error ? error.message : String(error));
  }
  return [
    ...(/^\d+\.\d+$/.test(fields.get('BagIt-Version') ?? '') ? [] : invalid('no BagIt-Version')),
    ...((fields.get('Tag-File-Character-Encoding') ?? '').toUpperCase() === 'UTF-8' ? [] : invalid('tag files are not declared UTF-8')),
  ];
}

interface Manifest {
  path: string;
  tag: boolean;
  algorithm: Algorithm;
  entries: Map<string, string>;
}

/** Every manifest and tag manifest of the bag, parsed, with the problems of their names and lines. */
function readManifests(bag: BagContents): { manifests: Manifest[]; problems: Problem[] } {
  const manifests: Manifest[] = [];
  const problems: Problem[] = [];
  for (const path of [...bag.tags.keys()].sort()) {
    const match = MANIFEST.exec(path);
    if (!match) continue;
    const algorithm = match[2] as Algorithm;
    if (!(ALGORITHMS as readonly string[]).includes(algorithm)) {
      problems.push({ kind: 'invalid', path, detail: `unknown algorithm ${algorithm}` });
      continue;
    }
    const text = tagText(bag.tags.get(path) ?? new Uint8Array());
    if (text === undefined) {
      problems.push({ kind: 'invalid', path, detail: 'is not UTF-8' });
      continue;
    }
    const parsed = parseManifest(text, path);
    problems.push(...parsed.problems);
    manifests.push({ path, tag: match[1] === 'tag', algorithm, entries: parsed.entries });
  }
  return { manifests, problems };
}

/** The Payload-Oxum problem of a bag, if its bag-info.txt declares one that the payload does not match. */
function oxumProblems(bag: BagContents, payload: readonly string[]): Problem[] {
  const bytes = bag.tags.get('bag-info.txt');
  const text = bytes && tagText(bytes);
  if (text === undefined) return bytes ? [{ kind: 'invalid', path: 'bag-info.txt', detail: 'is not UTF-8' }] : [];
  let declared: string | undefined;
  try {
    declared = new Map(parseBagInfo(text)).get('Payload-Oxum');
  } catch (error) {
    return [{ kind: 'invalid', path: 'bag-info.txt', detail: error instanceof Error ? error.message : String(error) }];
  }
  if (declared === undefined) return [];
  const actual = payloadOxum(payload.map((path) => ({ size: bag.files.get(path)?.size ?? 0 })));
  return declared === actual
    ? []
    : [{ kind: 'invalid', path: 'bag-info.txt', detail: `Payload-Oxum is ${declared}, the payload is ${actual}` }];
}

/**
 * Checks a bag against RFC 8493 and its manifests: the declaration, every manifest line, each payload file missing, not
 * listed (extra) or altered, each tag file that fails its tag manifest, and the Payload-Oxum.
 */
export function verifyBag(bag: BagContents): { problems: Problem[]; checked: number } {
  const problems = declarationProblems(bag.tags.get('bagit.txt'));
  if (problems.some((problem) => problem.kind === 'missing')) return { problems, checked: 0 };
  const read = readManifests(bag);
  problems.push(...read.problems);
  const payloadManifests = read.manifests.filter((m) => !m.tag);
  const tagManifests = read.manifests.filter((m) => m.tag);
  if (payloadManifests.length === 0) problems.push({ kind: 'missing', path: 'manifest-sha512.txt', detail: 'no payload manifest' });

  const payload = [...bag.files.keys()].filter((path) => path.startsWith('data/')).sort();
  const listed = new Set(payloadManifests.flatMap((m) => [...m.entries.keys()]));
  for (const path of [...listed].sort()) {
    if (!path.startsWith('data/')) problems.push({ kind: 'invalid', path, detail: 'a payload manifest lists a file outside data/' });
    else if (!bag.files.has(path)) problems.push({ kind: 'missing', path, detail: 'listed in the manifest, not in the bag' });
  }
  for (const path of payload) {
    const unlisted = payloadManifests.filter((m) => !m.entries.has(path)).map((m) => m.path);
    if (unlisted.length > 0) problems.push({ kind: 'extra', path, detail: `in the bag, not listed in ${unlisted.join(', ')}` });
  }
  for (const m of tagManifests) {
    for (const path of m.entries.keys()) {
      if (path.startsWith('data/'))
        problems.push({ kind: 'invalid', path, detail: `${m.path} lists a payload file; tag manifests list tag files` });
      else if (!bag.files.has(path)) problems.push({ kind: 'missing', path, detail: `listed in ${m.path}, not in the bag` });
    }
  }

  // Each file is reported once however many manifests disagree.
  const checkedPaths = [...new Set(read.manifests.flatMap((m) => [...m.entries.keys()]))].filter((path) => bag.files.has(path)).sort();
  for (const path of checkedPaths) {
    const facts = bag.files.get(path);
    const failed = read.manifests
      .filter((m) => m.entries.has(path) && m.entries.get(path) !== facts?.digests[m.algorithm])
      .map((m) => m.path);
    if (failed.length > 0) problems.push({ kind: 'altered', path, detail: `checksum differs from ${failed.join(', ')}` });
  }
  problems.push(...oxumProblems(bag, payload));
  return { problems, checked: checkedPaths.length };
}
