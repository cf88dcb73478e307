import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { metaCsp } from '@/integrations/postbuild/headers.ts';
import { builtPage, PAGES } from '../support/dist.ts';
import { allBuiltPages, EN_PAGES } from '../support/english.ts';

/** Every page the build wrote, Chinese and English (the known lists are checked to be among them). */
const ALL_PAGES = allBuiltPages();
const isSearchPage = (file: string) => /(?:^|\/)search\/index\.html$/.test(file);

it('checks every page: the Chinese and English pages the tests know are all built', () => {
  expect(ALL_PAGES).toEqual(expect.arrayContaining([...PAGES, ...EN_PAGES, 'en/search/index.html']));
});

const sha256 = (code: string) => createHash('sha256').update(code).digest('base64');
/**
 * The hashes Astro adds to every page's script-src whether the page runs them or not: its five client directives
 * (client:idle, load, media, only, visible) and its island runtime (production and dev builds), listed because the
 * MDX renderer is registered. No page here has an island, so these allow only Astro's own code, which never appears
 * inline; `security.csp` has no option to leave them out.
 */
const ASTRO_RUNTIME = await Promise.all(
  [
    ...['idle', 'load', 'media', 'only', 'visible'].map((d) => `client/${d}.prebuilt.js`),
    'server/astro-island.prebuilt.js',
    'server/astro-island.prebuilt-dev.js',
  ].map(async (file) => sha256(((await import(`../../node_modules/astro/dist/runtime/${file}`)) as { default: string }).default)),
);

describe('Content-Security-Policy', () => {
  it.each(ALL_PAGES.map((p) => [p] as const))('%s has a strict policy that allows exactly its inline script', (file) => {
    const html = builtPage(file);
    const csp = metaCsp(html);
    expect(csp).not.toBeNull();
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp!.includes("'wasm-unsafe-eval'")).toBe(isSearchPage(file));
    const inline = Array.from(html.matchAll(/<script>([\s\S]*?)<\/script>/g), (m) => sha256(m[1]!));
    expect(inline.length).toBeGreaterThan(0);
    const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src'))!;
    const listed = Array.from(scriptSrc.matchAll(/'sha256-([^']+)'/g), (m) => m[1]!);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual([...new Set([...inline, ...ASTRO_RUNTIME])].sort());
  });

  it('_headers carries each page’s policy on its own paths, plus the common security headers', () => {
    const headers = readFileSync('dist/_headers', 'utf8');
    for (const name of ['X-Content-Type-Options: nosniff', 'Referrer-Policy: no-referrer', 'Permissions-Policy: ']) {
      expect(headers).toContain(`  ${name}`);
    }
    for (const file of ALL_PAGES) {
      const csp = metaCsp(builtPage(file))!;
      const block = headers.split(/\n(?=\/)/).find((b) => b.startsWith(`/${file}\n`));
      expect(block, file).toBeDefined();
      expect(block).toContain(`Content-Security-Policy: ${csp.split(';')[0]}`);
      expect(block).toContain("frame-ancestors 'none'");
    }
    expect(headers.split('\n/*\n')).toHaveLength(1);
  });
});

describe('valid HTML', () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

  it.each(ALL_PAGES.map((p) => [p] as const))('%s has no html-validate errors', async (file) => {
    const report = await validator.validateString(builtPage(file), file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
    expect(messages).toEqual([]);
  });
});

describe('dependencies', () => {
  // No `npm audit --omit=dev` here: with no runtime dependencies it audits nothing and cannot fail.
  it('ship nothing to production: every package is a devDependency, so readers download no npm code but what the build bundles', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: object; devDependencies?: object };
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(Object.keys(pkg.devDependencies ?? {}).length).toBeGreaterThan(0);
  });
});
