import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';

const cache = new Map<string, string>();

/** Minifies a small browser script for inlining in a page (comments and whitespace gone), once per source. */
export function inlineScript(source: string): string {
  let code = cache.get(source);
  if (code === undefined) {
    code = transformSync(source, { minify: true, target: 'es2020', legalComments: 'none' }).code.trim();
    cache.set(source, code);
  }
  return code;
}

/** The CSP source expression (`sha256-…`) that allows exactly this inline script. */
export function scriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code).digest('base64')}`;
}
