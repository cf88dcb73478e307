import { createHash } from 'node:crypto';

/** The checksum algorithms this bag writer and checker know, strongest first (RFC 8493 asks for SHA-512 or SHA-256). */
export const ALGORITHMS = ['sha512', 'sha256', 'sha1', 'md5'] as const;
/** A checksum algorithm by its BagIt name. */
export type Algorithm = (typeof ALGORITHMS)[number];

/** A file of the bag, by its path from the bag's top folder (`data/index.html`, `bagit.txt`). */
export interface BagFile {
  path: string;
  bytes: Uint8Array;
}

/** Read access to a bag, wherever it lies (a folder, an archive in memory). */
export interface BagSource {
  /** Every file's path from the bag's top folder, with `/` between folders. */
  list(): string[];
  read(path: string): Uint8Array;
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

/** Reads a manifest into path → checksum; throws on a line that is not `checksum path`. */
export function parseManifest(text: string, name: string): Map<string, string> {
  const entries = new Map<string, string>();
  text.split(/\r\n|\n|\r/).forEach((line, index) => {
    if (line.trim() === '') return;
    const match = /^([0-9a-fA-F]+)[ \t]+(.+)$/.exec(line);
    if (!match) throw new Error(`${name}, line ${index + 1}: expected “checksum path”, found “${line}”`);
    entries.set(decodePath(match[2] ?? '').replace(/^\.\//, ''), (match[1] ?? '').toLowerCase());
  });
  return entries;
}

/** `bagit.txt` for BagIt 1.0 with UTF-8 tag files. */
export function bagitText(): string {
  return 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';
}

/** The Payload-Oxum of a payload: `octets.files`. */
export function payloadOxum(payload: readonly { bytes: Uint8Array }[]): string {
  return `${payload.reduce((sum, file) => sum + file.bytes.length, 0)}.${payload.length}`;
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

/** `bag-info.txt` from label–value pairs, in the order given; a value's line breaks become continuation lines. */
export function bagInfoText(fields: readonly (readonly [string, string])[]): string {
  return fields
    .map(([label, value]) => {
      if (!/^[^:\s][^:]*$/.test(label)) throw new Error(`bag-info label “${label}” may not contain a colon or start with a space`);
      return `${label}: ${value.split(/\r\n|\n|\r/).join('\n    ')}\n`;
    })
    .join('');
}

/** Reads `bag-info.txt` (or `bagit.txt`) into label–value pairs, joining continuation lines. */
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
  const octets = payload.reduce((sum, file) => sum + file.bytes.length, 0);
  const tags: BagFile[] = [
    { path: 'bagit.txt', bytes: encoder.encode(bagitText()) },
    {
      path: 'bag-info.txt',
      bytes: encoder.encode(
        bagInfoText([
          ...info.filter(([label]) => label !== 'Payload-Oxum' && label !== 'Bag-Size'),
          ['Payload-Oxum', payloadOxum(payload)],
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

/** Checks a bag against its manifests: names each payload file that is missing, not listed (extra) or altered, and each tag file that fails its tag manifest. */
export function verifyBag(
  bag: BagSource,
  onProgress?: (done: number, total: number, path: string) => void,
): { problems: Problem[]; checked: number } {
  const problems: Problem[] = [];
  const files = new Set(bag.list());
  const text = (path: string) => new TextDecoder('utf-8', { fatal: true }).decode(bag.read(path));

  if (!files.has('bagit.txt')) return { problems: [{ kind: 'missing', path: 'bagit.txt', detail: 'not a bag: no bagit.txt' }], checked: 0 };
  const declaration = new Map(parseBagInfo(text('bagit.txt')));
  if (!/^\d+\.\d+$/.test(declaration.get('BagIt-Version') ?? '')) {
    problems.push({ kind: 'invalid', path: 'bagit.txt', detail: 'no BagIt-Version' });
  }
  if ((declaration.get('Tag-File-Character-Encoding') ?? '').toUpperCase() !== 'UTF-8') {
    problems.push({ kind: 'invalid', path: 'bagit.txt', detail: 'tag files are not declared UTF-8' });
  }

  const manifests = [...files]
    .map((path) => ({ path, match: MANIFEST.exec(path) }))
    .filter((m): m is { path: string; match: RegExpExecArray } => m.match !== null)
    .map(({ path, match }) => ({ path, tag: match[1] === 'tag', algorithm: match[2] as Algorithm }));
  for (const manifest of manifests) {
    if (!(ALGORITHMS as readonly string[]).includes(manifest.algorithm)) {
      problems.push({ kind: 'invalid', path: manifest.path, detail: `unknown algorithm ${manifest.algorithm}` });
    }
  }
  const known = manifests.filter((m) => (ALGORITHMS as readonly string[]).includes(m.algorithm));
  const payloadManifests = known.filter((m) => !m.tag).map((m) => ({ ...m, entries: parseManifest(text(m.path), m.path) }));
  const tagManifests = known.filter((m) => m.tag).map((m) => ({ ...m, entries: parseManifest(text(m.path), m.path) }));
  if (payloadManifests.length === 0) problems.push({ kind: 'missing', path: 'manifest-sha512.txt', detail: 'no payload manifest' });

  const payload = [...files].filter((path) => path.startsWith('data/')).sort();
  const listed = new Set(payloadManifests.flatMap((m) => [...m.entries.keys()]));
  for (const path of [...listed].sort()) {
    if (!path.startsWith('data/')) problems.push({ kind: 'invalid', path, detail: 'a payload manifest lists a file outside data/' });
    else if (!files.has(path)) problems.push({ kind: 'missing', path, detail: 'listed in the manifest, not in the bag' });
  }
  for (const path of payload) {
    const unlisted = payloadManifests.filter((m) => !m.entries.has(path)).map((m) => m.path);
    if (unlisted.length > 0) problems.push({ kind: 'extra', path, detail: `in the bag, not listed in ${unlisted.join(', ')}` });
  }

  // Hash each file once per algorithm it is listed under, and report it once however many manifests disagree.
  const toCheck = [...new Set([...payload.filter((p) => listed.has(p)), ...tagManifests.flatMap((m) => [...m.entries.keys()])])].filter(
    (p) => files.has(p),
  );
  toCheck.forEach((path, index) => {
    const bytes = bag.read(path);
    const failed = [...payloadManifests, ...tagManifests]
      .filter((m) => m.entries.has(path) && m.entries.get(path) !== digest(m.algorithm, bytes))
      .map((m) => m.path);
    if (failed.length > 0) problems.push({ kind: 'altered', path, detail: `checksum differs from ${failed.join(', ')}` });
    onProgress?.(index + 1, toCheck.length, path);
  });
  for (const m of tagManifests) {
    for (const path of m.entries.keys())
      if (!files.has(path)) problems.push({ kind: 'missing', path, detail: `listed in ${m.path}, not in the bag` });
  }

  if (files.has('bag-info.txt')) {
    const oxum = new Map(parseBagInfo(text('bag-info.txt'))).get('Payload-Oxum');
    if (oxum !== undefined) {
      const actual = payloadOxum(payload.map((path) => ({ bytes: bag.read(path) })));
      if (oxum !== actual)
        problems.push({ kind: 'invalid', path: 'bag-info.txt', detail: `Payload-Oxum is ${oxum}, the payload is ${actual}` });
    }
  }
  return { problems, checked: toCheck.length };
}
