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
