/** A file to put in a tar archive (folders are added for it). */
export interface TarEntry {
  path: string;
  bytes: Uint8Array;
}

const BLOCK = 512;
const encoder = new TextEncoder();

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function header(name: string, prefix: string, size: number, type: string, mode: number, mtime: number): Uint8Array {
  const block = new Uint8Array(BLOCK);
  const put = (text: string, offset: number, width: number) => block.set(encoder.encode(text).subarray(0, width), offset);
  put(name, 0, 100);
  put(octal(mode, 8), 100, 8);
  put(octal(0, 8), 108, 8);
  put(octal(0, 8), 116, 8);
  put(octal(size, 12), 124, 12);
  put(octal(mtime, 12), 136, 12);
  put('        ', 148, 8);
  put(type, 156, 1);
  put('ustar\0', 257, 6);
  put('00', 263, 2);
  put(prefix, 345, 155);
  const sum = block.reduce((total, byte) => total + byte, 0);
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8);
  return block;
}

function padded(bytes: Uint8Array): Uint8Array[] {
  const rest = bytes.length % BLOCK;
  return rest === 0 ? [bytes] : [bytes, new Uint8Array(BLOCK - rest)];
}

/** A PAX record (`"NN path=…\n"`), whose length counts its own digits. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const base = encoder.encode(body).length;
  let length = base + 1;
  while (base + String(length).length !== length) length = base + String(length).length;
  return `${length}${body}`;
}

/** Splits a path into ustar's prefix and name fields, or null when it does not fit (or is not ASCII). */
function split(path: string): [string, string] | null {
  if (!/^[\x20-\x7e]*$/.test(path)) return null;
  if (path.length <= 100) return ['', path];
  for (let cut = path.lastIndexOf('/', 155); cut > 0; cut = path.lastIndexOf('/', cut - 1)) {
    if (path.length - cut - 1 <= 100) return [path.slice(0, cut), path.slice(cut + 1)];
  }
  return null;
}

function entryBlocks(path: string, bytes: Uint8Array, type: '0' | '5', mtime: number): Uint8Array[] {
  const mode = type === '5' ? 0o755 : 0o644;
  const fits = split(path);
  const blocks: Uint8Array[] = [];
  if (!fits) {
    const pax = encoder.encode(paxRecord('path', path));
    blocks.push(header('PaxHeader', '', pax.length, 'x', 0o644, mtime), ...padded(pax));
  }
  const [prefix, name] = fits ?? ['', path.slice(-100).replace(/[^\x20-\x7e]/g, '_')];
  blocks.push(header(name, prefix, bytes.length, type, mode, mtime), ...padded(bytes));
  return blocks;
}

/**
 * A POSIX ustar archive of the entries, with their folders, in path order: owner 0, modes 644/755, one fixed modification time,
 * PAX headers for paths ustar cannot hold. Same entries and time, same bytes.
 */
export function tarArchive(entries: readonly TarEntry[], mtime: number): Uint8Array {
  const folders = new Set<string>();
  for (const entry of entries) {
    const parts = entry.path.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(`${parts.slice(0, i).join('/')}/`);
  }
  const all = [
    ...[...folders].map((path) => ({ path, bytes: new Uint8Array(0), type: '5' as const })),
    ...entries.map((entry) => ({ ...entry, type: '0' as const })),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const blocks = all.flatMap((entry) => entryBlocks(entry.path, entry.bytes, entry.type, mtime));
  blocks.push(new Uint8Array(BLOCK * 2));
  const out = new Uint8Array(blocks.reduce((total, block) => total + block.length, 0));
  let offset = 0;
  for (const block of blocks) {
    out.set(block, offset);
    offset += block.length;
  }
  return out;
}

const decoder = new TextDecoder();

function field(block: Uint8Array, offset: number, width: number): string {
  const bytes = block.subarray(offset, offset + width);
  const end = bytes.indexOf(0);
  return decoder.decode(end === -1 ? bytes : bytes.subarray(0, end));
}

/** The regular files of a tar archive (ustar, with PAX paths), checking each header's checksum; folders are left out. */
export function readTar(archive: Uint8Array): TarEntry[] {
  const files: TarEntry[] = [];
  let offset = 0;
  let paxPath: string | undefined;
  while (offset + BLOCK <= archive.length) {
    const block = archive.subarray(offset, offset + BLOCK);
    if (block.every((byte) => byte === 0)) break;
    const stored = parseInt(field(block, 148, 8).trim(), 8);
    const sum = block.reduce((total, byte, index) => total + (index >= 148 && index < 156 ? 32 : byte), 0);
    if (stored !== sum) throw new Error(`tar header at byte ${offset} is damaged (checksum ${stored}, computed ${sum})`);
    const size = parseInt(field(block, 124, 12).trim() || '0', 8);
    const type = field(block, 156, 1) || '0';
    const prefix = field(block, 345, 155);
    const name = prefix ? `${prefix}/${field(block, 0, 100)}` : field(block, 0, 100);
    const body = archive.subarray(offset + BLOCK, offset + BLOCK + size);
    if (body.length !== size) throw new Error(`tar entry ${name} is cut short`);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x') {
      const path = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(decoder.decode(body));
      paxPath = path?.[1];
      continue;
    }
    if (type === '0' || type === '7') files.push({ path: paxPath ?? name, bytes: body.slice() });
    paxPath = undefined;
  }
  return files;
}
