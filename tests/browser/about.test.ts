import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/session.ts';

// The about pages as readers meet them: the technical record folded away, the marks set so no line starts with one.
const session = useBrowserSession();

describe.each(['about/', 'en/about/'])('%s', (path) => {
  it('folds the commit and the checksum under a closed <details> after what readers need', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
    const { page } = await session.open(context, path);
    const details = page.locator('details.record');
    await expect(details.count()).resolves.toBe(1);
    await expect(details.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(details.locator('#reference-sha256').count()).resolves.toBe(1);
    await expect(details.locator('#build-commit, dd').first().count()).resolves.toBe(1);
    await expect(details.locator('code', { hasText: 'sha256sum' }).count()).resolves.toBe(1);
    await expect(page.locator('#reference-sha256').isVisible()).resolves.toBe(false);
    // The citations and the changes come before the record.
    const before = await page.evaluate(() => {
      const record = document.querySelector('details.record')!;
      return ['cite', 'changes'].map((id) =>
        Boolean(document.getElementById(id)!.compareDocumentPosition(record) & Node.DOCUMENT_POSITION_FOLLOWING),
      );
    });
    expect(before).toEqual([true, true]);
    await details.locator('summary').click();
    await expect(page.locator('#reference-sha256').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('at 320 px starts no line with a punctuation mark of the lists of marks, each list on one line', async () => {
    const context = await session.browser.newContext({ viewport: { width: 320, height: 740 } });
    const { page } = await session.open(context, path);
    const lists = await page.evaluate(() =>
      Array.from(document.querySelectorAll('code.marks'), (code) => {
        const rects = code.getClientRects();
        const paragraph = code.closest('p')!.getBoundingClientRect();
        return { text: code.textContent, lines: rects.length, startsLine: rects[0]!.left - paragraph.left < 2 };
      }),
    );
    expect(lists).toHaveLength(2);
    for (const list of lists) {
      expect(list.lines, `${list.text} breaks across lines`).toBe(1);
      expect(list.startsLine, `${list.text} starts a line`).toBe(false);
    }
    // Half-width and full-width forms look different: the full-width set is wider per mark.
    const widths = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll('code.marks'),
        (code) => code.getBoundingClientRect().width / code.textContent!.replace(/ /g, '').length,
      ),
    );
    expect(widths[1]! / widths[0]!).toBeGreaterThan(1.2);
    await context.close();
  });
});
