import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/session.ts';
import { childOutput } from '../support/child.ts';

// What paper gets: print emulation of the full text, where the notes on corrections stand.
const session = useBrowserSession();

describe('printing the full text', () => {
  it('prints no return links, keeps headings (勘误 among them) with what follows, and ends with the citation', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page } = await session.open(context, 'full/');
    const back = page.getByRole('link', { name: /^返回正文中的/ });
    await expect(back.count(), 'the full text should carry the notes’ return links on screen').resolves.toBeGreaterThan(0);
    await expect(page.locator('.print-only').isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect(back.first().isVisible(), 'a return link is printed').resolves.toBe(false);
    const breaks = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll('main h1, main h2, main h3, .errata-title'),
        (h) => `${h.textContent!.trim()}: ${getComputedStyle(h).breakAfter}`,
      ),
    );
    expect(breaks).toContain('勘误: avoid');
    expect(breaks.filter((b) => !b.endsWith(': avoid'))).toEqual([]);
    const printed = page.locator('.print-only');
    await expect(printed.isVisible()).resolves.toBe(true);
    await expect(printed.textContent()).resolves.toContain(
      '引用：常菁菁, 焦超超. 党旗在副中心疫情防控一线高高飘扬[J]. 北京支部生活, 2022(6).',
    );
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });

  it('ends the printed full text with text, the citation and the colophon on one page, never the colophon alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'print-'));
    try {
      for (const [path, lastWords, colophon] of [
        ['full/', '使命必达', '本站为该文的存档版本'],
        ['en/full/', 'the mission will be accomplished', 'This is an archive edition'],
      ] as const) {
        const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
        const { page } = await session.open(context, path);
        await page.evaluate(() => document.fonts.ready);
        await page.emulateMedia({ media: 'print' });
        const file = join(dir, 'page.pdf');
        writeFileSync(file, await page.pdf({ format: 'A4' }));
        await context.close();
        const pages = Number(/Pages:\s+(\d+)/.exec(childOutput('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
        expect(pages, `${path}: pages printed`).toBeGreaterThan(1);
        // Compared without white space: pdftotext breaks the lines where the page did.
        const squeeze = (words: string) => words.replace(/\s+/g, '');
        const last = squeeze(childOutput('pdftotext', ['-f', String(pages), '-l', String(pages), file, '-'], { encoding: 'utf8' }));
        const text = squeeze(childOutput('pdftotext', [file, '-'], { encoding: 'utf8' }));
        expect(text, `${path}: the article's last words are printed`).toContain(squeeze(lastWords));
        expect(last, `${path}: the last page holds the colophon`).toContain(squeeze(colophon));
        // The page before the citation and the colophon ends with the article's text: there is some of it on the last page.
        const before = last.slice(0, last.search(/引用：|Cite as:/));
        expect(before.replace(/\p{P}/gu, '').length, `${path}: the last page holds only the end matter`).toBeGreaterThan(20);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('on screen, gives the notes on corrections after the whole article, not between its parts', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
    const { page } = await session.open(context, 'full/');
    const order = await page.evaluate(() => {
      const notes = document.querySelector('.errata-notes')!;
      const sections = Array.from(document.querySelectorAll('article section'));
      return sections.map((section) => section.compareDocumentPosition(notes) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(order.length).toBeGreaterThanOrEqual(3);
    expect(order.every(Boolean), 'a part follows the notes').toBe(true);
    await expect(page.locator('article section .errata-notes').count()).resolves.toBe(0);
    // The marks in the text still lead to their notes, and the notes back.
    await page.locator('a.erratum').first().click();
    await expect(page.evaluate(() => document.querySelector(':target')?.closest('.errata-notes') !== null)).resolves.toBe(true);
    await context.close();
  });
});
