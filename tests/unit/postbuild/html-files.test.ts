import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPaths } from '@/integrations/postbuild/html-files.ts';

describe('htmlPaths', () => {
  it('lists every HTML file at any depth, relative, sorted, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'html-paths-'));
    try {
      for (const folder of ['en/vanguard', 'vanguard', '_astro']) mkdirSync(join(dir, folder), { recursive: true });
      for (const file of ['index.html', '404.html', 'vanguard/index.html', 'en/vanguard/index.html', '_astro/a.css', 'robots.txt'])
        writeFileSync(join(dir, file), '');
      expect(htmlPaths(dir)).toEqual(['404.html', 'en/vanguard/index.html', 'index.html', 'vanguard/index.html']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
