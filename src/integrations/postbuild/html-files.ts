import { readdirSync } from 'node:fs';

/** Every HTML file under `dir`, at any depth, as sorted paths relative to it with `/` separators (`en/vanguard/index.html`). */
export function htmlPaths(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((path) => path.replaceAll('\\', '/'))
    .filter((path) => path.endsWith('.html'))
    .sort();
}
