import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '@/integrations/content-check.ts';
import { checkContent } from '@/lib/check/content-check.ts';
import { makeFixture, type Fixture } from '../support/fixture.ts';
import { READING, SIWAN } from '../support/corrections.ts';

describe('the built site after a figure correction: no page contradicts it', () => {
  let fixture: Fixture | undefined;
  const page = (path: string) => readFileSync(join(fixture?.dir ?? '', 'dist', path), 'utf8');
  beforeAll(() => {
    fixture = makeFixture();
    fixture.edit('content/errata.yaml', (t) => t + SIWAN(READING));
    fixture.edit('content/timeline.yaml', (t) => t.replace('全区3万余人次', '全区4万余人次'));
    fixture.edit('content/en/timeline.yaml', (t) => t.replace('more than 30,000 person-times', 'more than 40,000 person-times'));
    expect(checkContent(readContent(fixture.dir)).problems).toEqual([]);
    const { status, output } = fixture.build();
    expect(status, output).toBe(0);
  }, 600_000);
  afterAll(() => fixture?.remove());

  it.each([
    ['the home page’s figures panel', 'index.html', '4万余'],
    ['the figures page (chart and tables)', 'figures/index.html', '4万余人次在职党员'],
    ['the timeline', 'timeline/index.html', '4万余人次在职党员'],
    ['the English home page’s panel', 'en/index.html', '40,000+'],
    ['the English figures page', 'en/figures/index.html', 'more than 40,000 person-times'],
    ['the English timeline', 'en/timeline/index.html', 'more than 40,000 person-times'],
    ['the English text, marked as corrected', 'en/vanguard/index.html', 'id="erratum-vanguard-5-siwan-text-en"'],
    ['the parallel text', 'parallel/index.html', 'more than 40,000 person-times'],
  ])('%s shows the corrected figure, and the old one only in the corrections’ notes', (_name, path, shown) => {
    const html = page(path);
    // Figures with their units are wrapped to keep them on one line (<span class="k">4万余人次</span>): words are read as text.
    expect(shown.startsWith('id=') ? html : html.replace(/<[^>]+>/g, '')).toContain(shown);
    // The printed figure remains only where a correction's note or mark quotes it.
    const old = html.replace(/<li id="erratum-[\s\S]*?<\/li>|aria-label="[^"]*"/g, '');
    expect(old).not.toMatch(/3万余|more than 30,000|30,000\+/);
  });
});
