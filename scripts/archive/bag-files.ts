// File-system side of the BagIt scripts: reading a folder or an archive file as a bag, and showing progress.
import { closeSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { MultiHash, type BagContents, type FileFacts } from './bagit.ts';
import { TAG_FILE_CAP } from './read-archive.ts';

/** Every file under a folder, as `/`-separated paths relative to it, sorted; a link or special file stops it, named. */
export function filesUnder(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .flatMap((entry) => {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return filesUnder(root, path);
      if (entry.isFile()) return [path];
      const what = entry.isSymbolicLink() ? 'a symbolic link' : 'neither a file nor a folder';
      throw new Error(`${join(root, path)} is ${what}: a bag holds only files and folders`);
    })
    .sort();
}

/** Hashes a file in chunks under every algorithm; keeps its bytes when `keep` (tag files, capped). */
function readFacts(file: string, keep: boolean): { facts: FileFacts; bytes?: Uint8Array } {
  const hash = new MultiHash();
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(1024 * 1024);
  const fd = openSync(file, 'r');
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
      const chunk = buffer.subarray(0, read);
      hash.update(chunk);
      if (keep) {
        if (hash.size > TAG_FILE_CAP) throw new Error(`${file} is a tag file over ${TAG_FILE_CAP} bytes`);
        chunks.push(Buffer.from(chunk));
      }
    }
  } finally {
    closeSync(fd);
  }
  return { facts: hash.facts(), ...(keep ? { bytes: Buffer.concat(chunks) } : {}) };
}

/** A bag in a folder, read file by file (never a whole payload file in memory). */
export function folderBag(root: string, onProgress?: Progress): BagContents {
  if (!lstatSync(root).isDirectory()) throw new Error(`${root} is not a folder`);
  const paths = filesUnder(root);
  const files = new Map<string, FileFacts>();
  const tags = new Map<string, Uint8Array>();
  paths.forEach((path, index) => {
    const { facts, bytes } = readFacts(join(root, path), !path.startsWith('data/'));
    files.set(path, facts);
    if (bytes) tags.set(path, bytes);
    onProgress?.(index + 1, paths.length, path);
  });
  return { files, tags };
}

/** Reports how far a long task has gone: items done, the total when known, the current item. */
export type Progress = (done: number, total: number | undefined, path: string) => void;

/** Prints progress on one line on a terminal, and every tenth of the way (or every 100 items, total unknown) otherwise. */
export function progress(label: string): Progress {
  let shown = -1;
  return (done, total, path) => {
    const count = total === undefined ? `${done}` : `${done}/${total}`;
    if (process.stderr.isTTY) {
      process.stderr.write(`\r\x1b[K${label} ${count} ${path}`);
      if (done === total) process.stderr.write('\n');
      return;
    }
    const step = total === undefined ? Math.floor(done / 100) : Math.floor((done / total) * 10);
    if (step !== shown || done === total) {
      shown = step;
      process.stderr.write(`${label} ${count} ${path}\n`);
    }
  };
}
