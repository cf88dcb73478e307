import { execFileSync } from 'node:child_process';
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

describe('Content-Security-Policy', () => {
  it.each(ALL_PAGES.map((p) => [p] as const))('%s has a strict policy that allows exactly its inline script', (file) => {
    const html = builtPage(file);
    const csp = metaCsp(html);
    expect(csp).not.toBeNull();
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp!.includes("'wasm-unsafe-eval'")).toBe(isSearchPage(file));
    const inline = Array.from(html.matchAll(/<script>([\s\S]*?)<\/script>/g), (m) => m[1]!);
    expect(inline.length).toBeGreaterThan(0);
    for (const code of inline) {
      expect(csp).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
    }
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
  it('ship nothing to production: every package is a devDependency, and npm audit finds no high or critical issue there', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: object };
    expect(pkg.dependencies ?? {}).toEqual({});
    const audit = JSON.parse(execFileSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' })) as {
      metadata: { vulnerabilities: Record<string, number> };
    };
    expect(audit.metadata.vulnerabilities['high'] ?? 0).toBe(0);
    expect(audit.metadata.vulnerabilities['critical'] ?? 0).toBe(0);
  });
});
