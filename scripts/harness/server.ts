import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A static server for the built site on 127.0.0.1. */
export interface SiteServer {
  /** The site's root URL, ending in `/` (with the prefix, if any). */
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.txt', '.xml']);

/**
 * Serves `root` on a free loopback port under `prefix` (e.g. `/archive/tongzhou/`), as a plain static host does:
 * `dir/` serves `dir/index.html`, text is gzipped when the browser accepts it, and unknown addresses get `404.html`.
 */
export async function serveSite(root: string, prefix = '/'): Promise<SiteServer> {
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    let file: string | undefined;
    if (path.startsWith(prefix)) {
      const candidate = normalize(join(root, path.slice(prefix.length)));
      if (candidate.startsWith(normalize(root + sep)) || candidate === normalize(root)) {
        const info = await stat(candidate).catch(() => undefined);
        if (info?.isFile()) file = candidate;
        else if (info?.isDirectory() && path.endsWith('/')) {
          const index = join(candidate, 'index.html');
          if (await stat(index).catch(() => undefined)) file = index;
        } else if (info?.isDirectory()) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
      }
    }
    const status = file ? 200 : 404;
    file ??= join(root, '404.html');
    const body = await readFile(file).catch(() => Buffer.from('<!doctype html><title>404</title>'));
    const ext = extname(file);
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let packed = gzipped.get(file);
      if (!packed) gzipped.set(file, (packed = gzipSync(body, { level: 9 })));
      headers['content-encoding'] = 'gzip';
      headers['vary'] = 'accept-encoding';
      res.writeHead(status, headers).end(packed);
    } else {
      res.writeHead(status, headers).end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/**
 * The address a click on a link to `path` (folder form, e.g. `vanguard/#vanguard-4`) leads to on the site at `base`:
 * every link in the built pages names its page's file (`vanguard/index.html#vanguard-4`), so `dist/` also opens from disk.
 */
export function pageAt(base: string, path: string): string {
  const [, page = '', rest = ''] = /^([^?#]*)(.*)$/.exec(path) ?? [];
  return base + (page === '' || page.endsWith('/') ? `${page}index.html` : page) + rest;
}
