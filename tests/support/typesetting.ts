import type { Page } from 'playwright-core';

/** One laid-out line of a paragraph: its text and the most space justification added to one of its Han characters, in em. */
export interface MeasuredLine {
  /** The element's position among those measured, and its id. */
  block: number;
  paragraph: string;
  text: string;
  widestGapEm: number;
}

/**
 * Lays out every character of the elements matching `selector` and groups them into lines; for each line, the most
 * space justification added to one Han character (its box's width beyond the em every Han glyph has), in em.
 */
export function measureLines(page: Page, selector: string): Promise<MeasuredLine[]> {
  return page.evaluate((sel) => {
    const lines: { block: number; paragraph: string; text: string; widestGapEm: number }[] = [];
    let position = -1;
    for (const block of document.querySelectorAll<HTMLElement>(sel)) {
      position += 1;
      if (block.getClientRects().length === 0) continue;
      const em = parseFloat(getComputedStyle(block).fontSize);
      const chars: { ch: string; left: number; width: number; top: number; em: number }[] = [];
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) =>
          node.parentElement?.closest('.permalink, [popover], .visually-hidden') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
      });
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const size = parseFloat(getComputedStyle(node.parentElement as Element).fontSize);
        for (let i = 0; i < text.length; i += 1) {
          if (/\s/u.test(text[i] ?? '')) continue;
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) continue;
          chars.push({ ch: text[i] ?? '', left: rect.left, width: rect.width, top: Math.round(rect.top + rect.height / 2), em: size });
        }
      }
      let line: typeof chars = [];
      const flush = () => {
        let widest = 0;
        for (const c of line) if (/\p{Script=Han}/u.test(c.ch)) widest = Math.max(widest, c.width / c.em - 1);
        if (line.length > 0)
          lines.push({
            block: position,
            paragraph: block.id,
            text: line.map((c) => c.ch).join(''),
            widestGapEm: Math.round(widest * 1000) / 1000,
          });
        line = [];
      };
      for (const c of chars) {
        const last = line[line.length - 1];
        if (last && (c.left < last.left - 1 || Math.abs(c.top - last.top) > em * 0.6)) flush();
        line.push(c);
      }
      flush();
    }
    return lines;
  }, selector);
}

/** The tokens (exact strings) found in the elements matching `selector` whose characters do not all stand on one line. */
export function splitTokens(page: Page, selector: string, tokens: readonly string[]): Promise<string[]> {
  return page.evaluate(
    ({ sel, list }) => {
      const split: string[] = [];
      for (const block of document.querySelectorAll<HTMLElement>(sel)) {
        if (block.getClientRects().length === 0) continue;
        // The block's characters with their line tops, across element boundaries.
        const chars: { ch: string; top: number }[] = [];
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('[popover], .permalink')) continue;
          const text = node.textContent ?? '';
          for (let i = 0; i < text.length; i += 1) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getClientRects()[0];
            chars.push({ ch: text[i] ?? '', top: rect ? Math.round(rect.bottom) : NaN });
          }
        }
        const text = chars.map((c) => c.ch).join('');
        for (const token of list) {
          for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, at + 1)) {
            const tops = new Set(
              chars
                .slice(at, at + token.length)
                .map((c) => c.top)
                .filter((t) => !Number.isNaN(t)),
            );
            if (tops.size > 1) split.push(`${token} in ${block.id || block.tagName.toLowerCase()}`);
          }
        }
      }
      return split;
    },
    { sel: selector, list: tokens },
  );
}

/** A control's box: what it says and its width and height in CSS pixels. */
export interface HitArea {
  name: string;
  width: number;
  height: number;
}

/** The boxes of the visible elements matching `selector` (their largest client rect, as a tap meets it). */
export function hitAreas(page: Page, selector: string): Promise<HitArea[]> {
  return page.evaluate((sel) => {
    return [...document.querySelectorAll<HTMLElement>(sel)]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => {
        const rect = el.getBoundingClientRect();
        return {
          name: (el.textContent ?? '').trim().slice(0, 30) || el.getAttribute('aria-label') || el.tagName,
          width: rect.width,
          height: rect.height,
        };
      });
  }, selector);
}
