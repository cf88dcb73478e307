import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScript, scriptHash } from '@/layouts/inline-script.ts';

describe('inlineScript', () => {
  const source =
    '// Opens the search page.\n/* keep out */\nconst target = "search/";\ndocument.addEventListener("keydown", () => {\n  location.href = target;\n});\n';

  it('drops comments and whitespace, and keeps what the code does', () => {
    const code = inlineScript(source);
    expect(code).not.toMatch(/Opens|keep out|\n/);
    expect(code).toContain('"search/"');
    expect(code).toContain('keydown');
    expect(code.length).toBeLessThan(source.length);
  });

  it('is stable: its own output minifies to itself, so a page’s script and its hash agree however often it is built', () => {
    const code = inlineScript(source);
    expect(inlineScript(code)).toBe(code);
  });

  it('refuses a source that is not JavaScript', () => {
    expect(() => inlineScript('const = ;')).toThrow();
  });
});

describe('scriptHash', () => {
  it('is the CSP source of the SHA-256 of the code, base64', () => {
    const code = inlineScript('console.log(1)');
    expect(scriptHash(code)).toBe(`sha256-${createHash('sha256').update(code).digest('base64')}`);
    expect(scriptHash('a')).not.toBe(scriptHash('b'));
  });
});
