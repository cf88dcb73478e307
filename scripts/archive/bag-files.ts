// File-system side of the BagIt scripts: reading a folder or a .tar.gz as a bag, and showing progress.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { BagSource } from './bagit.ts';
import { readTar } from './tar.ts';

/** Every file under a folder, as `/`-separated paths relative to it, sorted. */
export function filesUnder(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .flatMap((entry) => {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return filesUnder(root, path);
      if (entry.isFile()) return [path];
      throw new Error(`${join(root, path)} is neither a file nor a folder`);
    })
    .sort();
}

/** A bag in a folder. */
export function folderBag(root: string): BagSource {
  return { list: () => filesUnder(root), read: (path) => readFileSync(join(root, path)) };
}

/** A bag serialised as .tar.gz or .tar: read into memory; it must hold a single top folder, the bag (RFC 8493 §4.2). */
export function archiveBag(file: string): BagSource {
  const raw = readFileSync(file);
  const tar = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
  const entries = readTar(tar);
  const tops = new Set(entries.map((entry) => entry.path.split('/')[0]));
  if (tops.size !== 1) throw new Error(`${file}: expected one top folder (the bag), found ${[...tops].join(', ') || 'none'}`);
  const top = `${[...tops][0]}/`;
  const files = new Map(entries.map((entry) => [entry.path.slice(top.length), entry.bytes]));
  return {
    list: () => [...files.keys()].sort(),
    read: (path) => {
      const bytes = files.get(path);
      if (!bytes) throw new Error(`${path} is not in ${file}`);
      return bytes;
    },
  };
}

/** True when `path` is a bag serialised to one file rather than a folder. */
export function isArchiveFile(path: string): boolean {
  return statSync(path).isFile();
}

/** Prints progress on one line on a terminal, and every tenth of the way otherwise (CI logs). */
export function progress(label: string): (done: number, total: number, path: string) => void {
  let shown = -1;
  return (done, total, path) => {
    if (process.stderr.isTTY) {
      process.stderr.write(`\r\x1b[K${label} ${done}/${total} ${path}`);
      if (done === total) process.stderr.write('\n');
      return;
    }
    const tenth = Math.floor((done / total) * 10);
    if (tenth !== shown || done === total) {
      shown = tenth;
      process.stderr.write(`${label} ${done}/${total} ${path}\n`);
    }
  };
}
