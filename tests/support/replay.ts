import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** ReplayWeb.page served on a loopback port with one WACZ, as a reader would set it up on a static host. */
export interface ReplayServer {
  /** The server's root URL, ending in `/`. */
  url: string;
  /** The page that replays `pageUrl` of the archive inside ReplayWeb.page's `<replay-web-page>`. */
  replayPage(pageUrl: string): string;
  /** The page that shows the archive's page list. */
  pagesPage(): string;
  /** How many requests for the WACZ asked for a byte range. */
  rangeRequests(): number;
  close(): Promise<void>;
}

const APP_DIR = 'node_modules/replaywebpage';
const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A small page embedding ReplayWeb.page for the WACZ at `/archive.wacz`, with ReplayWeb.page's files under `/replay/`. */
function embedPage(attributes: Record<string, string>): string {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>replay</title><script src="/replay/ui.js"></script>
<style>html,body{margin:0;height:100%}replay-web-page{display:block;height:100vh}</style></head>
<body><replay-web-page source="/archive.wacz" replayBase="/replay/"${attrs}></replay-web-page></body></html>`;
}

/** Answers a request for `bytes`, honouring a single `Range: bytes=a-b` as replay asks for parts of the WACZ. */
function sendRange(req: IncomingMessage, res: ServerResponse, bytes: Buffer): boolean {
  const range = /^bytes=(\d*)-(\d*)$/.exec(String(req.headers.range ?? ''));
  const common = { 'content-type': 'application/wacz', 'accept-ranges': 'bytes', 'cache-control': 'no-store' };
  if (!range) {
    res.writeHead(200, { ...common, 'content-length': String(bytes.length) }).end(req.method === 'HEAD' ? undefined : bytes);
    return false;
  }
  const [, from = '', to = ''] = range;
  const start = from === '' ? Math.max(0, bytes.length - Number(to)) : Number(from);
  const end = from === '' || to === '' ? bytes.length - 1 : Math.min(Number(to), bytes.length - 1);
  if (start > end || start >= bytes.length) {
    res.writeHead(416, { ...common, 'content-range': `bytes */${bytes.length}` }).end();
    return true;
  }
  const part = bytes.subarray(start, end + 1);
  res
    .writeHead(206, { ...common, 'content-length': String(part.length), 'content-range': `bytes ${start}-${end}/${bytes.length}` })
    .end(req.method === 'HEAD' ? undefined : part);
  return true;
}

/** Serves ReplayWeb.page (`ui.js`, `sw.js` and an `index.html` at its replayBase) and the WACZ `wacz` on 127.0.0.1. */
export async function serveReplay(wacz: Buffer): Promise<ReplayServer> {
  const app = { '/replay/ui.js': readFileSync(`${APP_DIR}/ui.js`), '/replay/sw.js': readFileSync(`${APP_DIR}/sw.js`) };
  const appIndex =
    '<!doctype html><html><head><meta charset="utf-8"><script src="./ui.js"></script></head><body><replay-app-main></replay-app-main></body></html>';
  let ranges = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    if (path === '/archive.wacz') {
      if (sendRange(req, res, wacz)) ranges += 1;
    } else if (path in app) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(app[path as keyof typeof app]);
    } else if (path === '/replay/' || path === '/replay/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(appIndex);
    } else if (path === '/embed.html') {
      const attributes: Record<string, string> = {};
      for (const name of ['url', 'view', 'embed']) {
        const value = url.searchParams.get(name);
        if (value !== null) attributes[name] = value;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(embedPage(attributes));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url: root,
    replayPage: (pageUrl) => `${root}embed.html?${new URLSearchParams({ url: pageUrl })}`,
    pagesPage: () => `${root}embed.html?${new URLSearchParams({ view: 'pages' })}`,
    rangeRequests: () => ranges,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
