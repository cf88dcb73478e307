// Writing a bag as a .tar.gz with tar-stream, streaming one file at a time, so that the same files and time give the same bytes.
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip, constants } from 'node:zlib';
import { pack as tarPack } from 'tar-stream';

/** A member to write: its path in the archive and the file it comes from. */
export interface TarSource {
  path: string;
  file: string;
}

/** Every folder above the given paths, each ending in `/`. */
export function foldersOf(paths: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const path of paths) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(`${parts.slice(0, i).join('/')}/`);
  }
  return [...folders];
}

/** Byte order, as the archive lists its members: the same on every machine and locale. */
export function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Writes the files, with their folders, in path order, to a gzip-compressed tar (ustar, with pax headers for paths ustar
 * cannot hold): owner 0, modes 644/755, one modification time, no user or group names. Same files and time, same bytes.
 */
export async function writeTarGz(sources: readonly TarSource[], out: string, mtime: Date): Promise<void> {
  const pack = tarPack();
  const members = [
    ...foldersOf(sources.map((source) => source.path)).map((path) => ({ path, file: undefined })),
    ...sources.map((source) => ({ path: source.path, file: source.file })),
  ].sort((a, b) => byPath(a.path, b.path));
  const header = { mtime, uid: 0, gid: 0, uname: '', gname: '' };
  const feed = (async () => {
    for (const member of members) {
      if (member.file === undefined) {
        pack.entry({ ...header, name: member.path, type: 'directory', mode: 0o755 });
        continue;
      }
      const entry = pack.entry({ ...header, name: member.path, type: 'file', mode: 0o644, size: statSync(member.file).size });
      await pipeline(createReadStream(member.file), entry);
    }
    pack.finalize();
  })();
  await Promise.all([feed, pipeline(pack, createGzip({ level: constants.Z_BEST_COMPRESSION }), createWriteStream(out))]);
}

/** The members of a bag folder written under its name, e.g. `NAME/data/index.html`. */
export function bagSources(folder: string, name: string, paths: readonly string[]): TarSource[] {
  return paths.map((path) => ({ path: `${name}/${path}`, file: join(folder, path) }));
}
