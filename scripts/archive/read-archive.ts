// Reading a bag serialised as one file (tar, compressed or not, or zip), streaming: each member is hashed as it passes and
// only the small tag files are kept, so memory stays flat whatever the archive holds. Every member is checked before its
// bytes are read: a path that climbs out, an absolute path, a link, a device or a FIFO stops the reading, naming the member.
import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import { basename } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createZstdDecompress } from 'node:zlib';
import { extract as tarExtract } from 'tar-stream';
import yauzl from 'yauzl';
import { MultiHash, parseBagInfo, parseOxum, unsafePath, type BagContents, type FileFacts } from './bagit.ts';

/** How many bytes an archive may unpack to when its bag declares no Payload-Oxum (`--max-bytes` changes it). */
export const FIXED_CAP = 1024 ** 3;
/** What a bag may unpack to beyond its declared payload: its tag files and the archive's own headers. */
export const TAG_ALLOWANCE = 64 * 1024 ** 2;
/** Per payload file, what an archive adds around it (a header, a long-name record, padding). */
export const PER_FILE_ALLOWANCE = 2048;
/** The largest tag file (any file outside `data/`) read into memory. */
export const TAG_FILE_CAP = 16 * 1024 ** 2;

/** A member's kind, as the archive declares it. */
export type MemberKind = 'file' | 'directory' | 'symlink' | 'hardlink' | 'device' | 'fifo' | 'other';

/** An archive this reader will not read further, with a message naming the member. */
export class RefusedArchive extends Error {}

/** The byte limit in force: the fixed cap until the bag's Payload-Oxum is known, then that payload plus allowances. */
export function unpackLimit(cap: number, oxum: { octets: number; files: number } | undefined): number {
  return oxum ? oxum.octets + oxum.files * PER_FILE_ALLOWANCE + TAG_ALLOWANCE : cap;
}

/** Collects a bag from the members of an archive, in any order: checks each member, hashes files, keeps tag files. */
export class BagCollector {
  private top: string | undefined;
  private readonly files = new Map<string, FileFacts>();
  private readonly tags = new Map<string, Uint8Array>();
  private hash: MultiHash | undefined;
  private tagChunks: Uint8Array[] | undefined;
  private path = '';
  /** The member being read, for messages. */
  current: string | undefined;
  /** Bytes unpacked so far, and the limit. */
  unpacked = 0;
  limit: number;

  private readonly cap: number;
  private readonly onMember: ((count: number, total: undefined, path: string) => void) | undefined;

  constructor(cap: number, onMember?: (count: number, total: undefined, path: string) => void) {
    this.cap = cap;
    this.limit = cap;
    this.onMember = onMember;
  }

  /** Starts a member; throws `RefusedArchive` for anything but a plain file or folder at a safe path inside one top folder. */
  begin(name: string, kind: MemberKind, target?: string): void {
    this.current = name;
    const path = name.replace(/^(?:\.\/)+/, '');
    if (kind === 'directory' && path.replace(/\/$/, '') === '') return;
    const unsafe = unsafePath(path);
    if (unsafe) throw new RefusedArchive(`member “${name}” is ${unsafe}: refused, nothing outside the bag may be written`);
    if (kind === 'symlink' || kind === 'hardlink')
      throw new RefusedArchive(
        `member “${name}” is a ${kind === 'symlink' ? 'symbolic' : 'hard'} link${target === undefined ? '' : ` (to “${target}”)`}: refused, a bag holds only files and folders`,
      );
    if (kind !== 'file' && kind !== 'directory')
      throw new RefusedArchive(
        `member “${name}” is a ${kind === 'other' ? 'special member' : kind}: refused, a bag holds only files and folders`,
      );
    const [top = '', ...rest] = path.replace(/\/$/, '').split('/');
    if (rest.length === 0 && kind === 'file')
      throw new RefusedArchive(
        `member “${name}” stands outside any folder: an archive of a bag holds one top folder, the bag, with bagit.txt inside it (RFC 8493 §4.2)`,
      );
    this.top ??= top;
    if (top !== this.top)
      throw new RefusedArchive(
        `member “${name}” is outside the bag's folder “${this.top}/”: an archive of a bag holds one top folder, the bag (RFC 8493 §4.2)`,
      );
    if (kind === 'directory') return;
    this.path = rest.join('/');
    if (this.files.has(this.path)) throw new RefusedArchive(`member “${name}” appears twice: refused, the two copies could differ`);
    this.hash = new MultiHash();
    this.tagChunks = this.path.startsWith('data/') ? undefined : [];
    this.onMember?.(this.files.size + 1, undefined, this.path);
  }

  /** Adds a chunk of the current member's bytes. */
  chunk(bytes: Uint8Array): void {
    this.hash?.update(bytes);
    if (this.tagChunks && this.hash) {
      if (this.hash.size > TAG_FILE_CAP)
        throw new RefusedArchive(`member “${this.current}” is a tag file over ${TAG_FILE_CAP} bytes: refused`);
      this.tagChunks.push(bytes);
    }
  }

  /** Ends the current member; a bag-info.txt with a Payload-Oxum sets the limit from then on. */
  end(): void {
    if (!this.hash) return;
    this.files.set(this.path, this.hash.facts());
    if (this.tagChunks) {
      const bytes = Buffer.concat(this.tagChunks);
      this.tags.set(this.path, bytes);
      if (this.path === 'bag-info.txt') this.setLimitFrom(bytes);
    }
    this.hash = undefined;
    this.tagChunks = undefined;
  }

  /** Counts unpacked bytes (the archive's, headers and all) against the limit. */
  count(bytes: number): void {
    this.unpacked += bytes;
    if (this.unpacked > this.limit) throw new RefusedArchive(this.overLimit());
  }

  private setLimitFrom(bytes: Uint8Array): void {
    let oxum: string | undefined;
    try {
      oxum = new Map(parseBagInfo(new TextDecoder().decode(bytes))).get('Payload-Oxum');
    } catch {
      return; // verifyBag names what is wrong with it
    }
    const parsed = oxum === undefined ? undefined : parseOxum(oxum);
    if (!parsed) return;
    this.limit = unpackLimit(this.cap, parsed);
    if (this.unpacked > this.limit) throw new RefusedArchive(this.overLimit());
  }

  private overLimit(): string {
    const source =
      this.limit === this.cap
        ? `the cap for a bag that declares no Payload-Oxum (--max-bytes to change it)`
        : `what its Payload-Oxum declares, with ${TAG_ALLOWANCE} bytes for tag files and headers`;
    return `unpacks to more than ${this.limit} bytes, ${source}, while reading member “${this.current ?? '(none yet)'}”: refused as a decompression bomb`;
  }

  /** The bag read. */
  contents(): BagContents {
    if (this.top === undefined) throw new RefusedArchive('holds no members');
    return { files: this.files, tags: this.tags };
  }
}

/** The archive kinds this reader knows, by their first bytes. */
export type ArchiveFormat = 'tar' | 'tar.gz' | 'tar.zst' | 'zip';

const MAGIC: readonly { bytes: readonly number[]; format: ArchiveFormat | string }[] = [
  { bytes: [0x1f, 0x8b], format: 'tar.gz' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], format: 'tar.zst' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], format: 'zip' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], format: 'zip' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], format: 'xz' },
  { bytes: [0x42, 0x5a, 0x68], format: 'bzip2' },
];

/** The format of an archive file from its first bytes; throws, saying what to do, for a compression this reader does not know. */
export function sniffFormat(file: string): ArchiveFormat {
  const base = basename(file).replace(/\.[^.]*$/, '');
  const head = Buffer.alloc(512);
  const fd = openSync(file, 'r');
  const length = readSync(fd, head, 0, 512, 0);
  closeSync(fd);
  const found = MAGIC.find(({ bytes }) => bytes.every((byte, index) => head[index] === byte))?.format;
  if (found === 'xz' || found === 'bzip2')
    throw new RefusedArchive(
      `is ${found}-compressed, which this tool does not read; it reads .tar, .tar.gz, .tar.zst and .zip. Recompress it, e.g. “${found} -dc ${basename(file)} | gzip -n > ${base.replace(/\.tar$/, '')}.tar.gz”`,
    );
  if (found) return found as ArchiveFormat;
  if (length === 512 && head.subarray(257, 262).toString('latin1') === 'ustar') return 'tar';
  throw new RefusedArchive('is not a tar, .tar.gz, .tar.zst or .zip archive (no known signature in its first bytes)');
}

/** A pass-through stream that counts bytes against the collector's limit. */
function counter(collector: BagCollector): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        collector.count(chunk.length);
        done(null, chunk);
      } catch (error) {
        done(error as Error);
      }
    },
  });
}

const TAR_KINDS: Readonly<Record<string, MemberKind>> = {
  file: 'file',
  'contiguous-file': 'file',
  directory: 'directory',
  symlink: 'symlink',
  link: 'hardlink',
  'character-device': 'device',
  'block-device': 'device',
  fifo: 'fifo',
};

/** Reads a bag from a tar archive, plain, gzip- or zstd-compressed, streaming. */
export async function readTarBag(file: string, format: 'tar' | 'tar.gz' | 'tar.zst', collector: BagCollector): Promise<BagContents> {
  const extract = tarExtract();
  extract.on('entry', (header, stream, next) => {
    // When the reading stops, the member's stream fails too; the pipeline reports why.
    stream.on('error', () => undefined);
    try {
      collector.begin(header.name, TAR_KINDS[header.type ?? ''] ?? 'other', header.linkname ?? undefined);
    } catch (error) {
      extract.destroy(error as Error);
      return;
    }
    stream.on('data', (chunk: unknown) => {
      try {
        collector.chunk(chunk as Uint8Array);
      } catch (error) {
        extract.destroy(error as Error);
      }
    });
    stream.on('end', () => {
      collector.end();
      next();
    });
  });
  const stages: (Readable | Transform)[] = [createReadStream(file)];
  if (format === 'tar.gz') stages.push(createGunzip());
  if (format === 'tar.zst') stages.push(createZstdDecompress());
  try {
    await pipeline([...stages, counter(collector), extract]);
  } catch (error) {
    throw explain(error, format, collector);
  }
  return collector.contents();
}

/** An error of the decompressor or the tar parser as a refusal that says where it happened. */
function explain(error: unknown, format: string, collector: BagCollector): Error {
  if (error instanceof RefusedArchive) return error;
  const message = error instanceof Error ? error.message : String(error);
  const where = collector.current ? `while reading member “${collector.current}”` : 'before the first member';
  const code = (error as { code?: string }).code ?? '';
  const what =
    code.startsWith('Z_') || /zstd|gzip|header check|unexpected end of file/i.test(message)
      ? `the ${format} compression is damaged or cut short`
      : 'the tar stream is damaged or cut short';
  return new RefusedArchive(`${what} ${where} (${message})`);
}

/** The kind of a zip entry from its name and the Unix mode its creator may have stored. */
function zipKind(entry: yauzl.Entry): MemberKind {
  const type = (entry.externalFileAttributes >>> 16) & 0o170000;
  if (type === 0o120000) return 'symlink';
  if (type === 0o020000 || type === 0o060000) return 'device';
  if (type === 0o010000) return 'fifo';
  if (entry.fileName.endsWith('/') || type === 0o040000) return 'directory';
  return 'file';
}

/** An error of yauzl as a refusal naming the member: its own path checks (`invalid relative path: ../x`) name it too. */
function zipRefusal(error: unknown, collector: BagCollector): RefusedArchive {
  if (error instanceof RefusedArchive) return error;
  const message = error instanceof Error ? error.message : String(error);
  const path = /^(?:invalid relative path|absolute path|invalid characters in fileName): (.*)$/.exec(message);
  if (path)
    return new RefusedArchive(`member “${path[1]}” is refused by the zip reader (${message}): nothing outside the bag may be written`);
  const where = collector.current ? `at member “${collector.current}”` : 'before the first member';
  return new RefusedArchive(`the zip archive is damaged ${where} (${message})`);
}

/** Reads a bag from a zip archive, one entry at a time. */
export function readZipBag(file: string, collector: BagCollector): Promise<BagContents> {
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => reject(zipRefusal(error, collector));
    yauzl.open(file, { lazyEntries: true, autoClose: true }, (error, zip) => {
      if (error || !zip) return fail(error);
      zip.on('error', fail);
      zip.on('end', () => {
        try {
          resolve(collector.contents());
        } catch (refused) {
          fail(refused);
        }
      });
      zip.on('entry', (entry: yauzl.Entry) => {
        try {
          collector.begin(entry.fileName, zipKind(entry));
        } catch (refused) {
          zip.close();
          return fail(refused);
        }
        if (zipKind(entry) === 'directory') return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return fail(streamError);
          stream.on('data', (chunk: Buffer) => {
            try {
              collector.count(chunk.length);
              collector.chunk(chunk);
            } catch (refused) {
              stream.destroy();
              zip.close();
              fail(refused);
            }
          });
          stream.on('error', fail);
          stream.on('end', () => {
            collector.end();
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
