import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A static server for the built site on 127.0.0.1. */
export interface SiteServer {
  /** The site's root URL, ending in `/` (with the prefix, if any). */
  url: string;
  close(): Promise<void>;
}

/** Serves `root` on a free loopback port, under `prefix` (e.g. `/archive/tongzhou/`), as a plain static host would, answering unknown addresses with `404.html`. */
export async function serveSite(root: string, prefix = '/'): Promise<SiteServer> {
  const files = sirv(root, { dev: true, etag: false, extensions: ['html'] });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(prefix)) {
      res.statusCode = 404;
      res.end('not under the site prefix');
      return;
    }
    req.url = `/${url.slice(prefix.length)}`;
    files(req, res, () => {
      const notFound = join(root, '404.html');
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(existsSync(notFound) ? readFileSync(notFound) : '<!doctype html><title>404</title>');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
