import { PassThrough } from 'node:stream';
import { crc32, createGzip } from 'node:zlib';
import { pack as tarPack, type Header } from 'tar-stream';
import { makeBag } from '../../scripts/archive/bagit.ts';

/** A member of a hand-made tar: any name, any type, as a hostile archive would have it. */
export interface Member {
  name: string;
  type?: Header['type'];
  linkname?: string;
  body?: Uint8Array;
  /** A body of this many zero bytes, streamed (for a bomb), instead of `body`. */
  zeros?: number;
}

/** Collects a stream's chunks. */
async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A tar (gzip-compressed when asked) of the members, exactly as given: no path is checked or cleaned. */
export async function tarBytes(members: readonly Member[], { gzip = false } = {}): Promise<Buffer> {
  const pack = tarPack();
  const out = gzip ? pack.pipe(createGzip({ level: 9 })) : pack.pipe(new PassThrough());
  const bytes = collect(out);
  for (const member of members) {
    const header = { name: member.name, type: member.type ?? 'file', mtime: new Date(0), mode: 0o644 };
    if (member.type === 'symlink' || member.type === 'link') pack.entry({ ...header, linkname: member.linkname ?? '' });
    else if (member.zeros !== undefined) {
      const entry = pack.entry({ ...header, size: member.zeros });
      const zero = Buffer.alloc(1 << 20);
      for (let left = member.zeros; left > 0; left -= zero.length) {
        if (!entry.write(left >= zero.length ? zero : zero.subarray(0, left)))
          await new Promise<void>((resolve) => entry.once('drain', () => resolve()));
      }
      entry.end(Buffer.alloc(0));
    } else pack.entry(header, Buffer.from(member.body ?? new Uint8Array()));
  }
  pack.finalize();
  return bytes;
}

const text = (value: string) => new TextEncoder().encode(value);

/** The members of a small valid bag under `top/`, with `edit` applied to each file's bytes by its path in the bag. */
export function smallBag(top = 'bag', edit: (path: string, bytes: Uint8Array) => Uint8Array = (_path, bytes) => bytes): Member[] {
  const files = makeBag({
    payload: [
      { path: 'index.html', bytes: text('<p>党旗</p>') },
      { path: 'about/index.html', bytes: text('<p>关于本版</p>') },
    ],
    info: [['Bagging-Date', '2022-06-18']],
  });
  return files.map((file) => ({ name: `${top}/${file.path}`, body: edit(file.path, file.bytes) }));
}

/** A member of a hand-made zip: any name, and the Unix mode its creator stored (a symbolic link is 0o120777). */
export interface ZipMember {
  name: string;
  body: Uint8Array;
  mode?: number;
}

/** A zip of stored (uncompressed) members, exactly as given: no name is checked, as a hostile archive's would not be. */
export function zipBytes(members: readonly ZipMember[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const member of members) {
    const name = Buffer.from(member.name, 'utf8');
    const body = Buffer.from(member.body);
    const crc = crc32(body);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(body.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made on Unix, so the mode in the external attributes counts
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(body.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((member.mode ?? 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
