import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT } from '@/lib/content/layout.ts';
import { launchChromium } from '../../scripts/harness/browser.ts';
import { makeFixture, type Fixture } from '../support/fixture.ts';
import { serveSite } from '../../scripts/harness/server.ts';

const NOTE = '---\ndate: 2026-12-01\nby: 本版编者\n---\n\n本文据原刊录入，原文照录。文中一处数字经核实更正，见文末勘误。\n\n第二段。\n';
const NOTE_EN =
  '---\ndate: 2026-12-01\nby: the editors of this edition\n---\n\nThis text follows the periodical as printed. One figure, checked since, is corrected (see the note after the part).\n\nA second paragraph.\n';

describe('the editor’s note on the built pages', () => {
  let fixture: Fixture | undefined;
  const page = (path: string) => readFileSync(join(fixture?.dir ?? '', 'dist', path), 'utf8');
  beforeAll(() => {
    fixture = makeFixture();
    writeFileSync(join(fixture.dir, CONTENT.editorsNote), NOTE);
    writeFileSync(join(fixture.dir, CONTENT.en.editorsNote), NOTE_EN);
    const { status, output } = fixture.build();
    expect(status, output).toBe(0);
  }, 600_000);
  afterAll(() => fixture?.remove());

  it.each([
    ['index.html', '编者按', '本版编者所加，不是原刊文字。', '本文据原刊录入'],
    ['full/index.html', '编者按', '本版编者所加，不是原刊文字。', '本文据原刊录入'],
    ['en/index.html', 'Editor’s note', 'Not part of the article as the periodical printed it.', 'This text follows the periodical'],
    ['en/full/index.html', 'Editor’s note', 'Not part of the article as the periodical printed it.', 'This text follows the periodical'],
  ])('%s shows the note before the article’s text, marked as not printed, and out of the search index', (path, heading, status, words) => {
    const html = page(path);
    const aside = /<aside aria-labelledby="editors-note-heading"[^>]*data-pagefind-ignore[^>]*>([\s\S]*?)<\/aside>/.exec(html);
    expect(aside, `no editor's note on ${path}`).not.toBeNull();
    expect(aside![1]).toContain(heading);
    expect(aside![1]).toContain(status);
    expect(aside![1]).toContain(words);
    expect(html.indexOf(aside![0])).toBeLessThan(html.indexOf('id="lede-1"'));
  });

  it('reads as a note apart from the text at 375 px, light and dark', async () => {
    const site = await serveSite(join(fixture!.dir, 'dist'));
    const browser = await launchChromium();
    try {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width: 375, height: 900 }, colorScheme });
        const tab = await context.newPage();
        await tab.goto(`${site.url}index.html`);
        const box = tab.locator('aside.editors-note');
        const style = await box.evaluate((element) => {
          const computed = getComputedStyle(element);
          return {
            background: computed.backgroundColor,
            border: computed.borderInlineStartWidth,
            width: element.getBoundingClientRect().width,
          };
        });
        expect(style.border).toBe('4px');
        expect(style.background).not.toBe(await tab.evaluate(() => getComputedStyle(document.body).backgroundColor));
        expect(style.width).toBeLessThanOrEqual(375);
        expect(await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
        await box.screenshot({ path: join(tmpdir(), `tongzhou-editors-note-${colorScheme}.png`) });
        await context.close();
      }
    } finally {
      await browser.close();
      await site.close();
    }
  }, 120_000);
});
