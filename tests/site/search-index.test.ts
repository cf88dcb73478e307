import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPage, elementText } from '../support/dist.ts';

/** The pages Pagefind indexed, each with its paragraphs as the search's phrase layer reads them (the anchors' text). */
function indexedPages(): { url: string; anchors: { id: string; text: string }[] }[] {
  const dir = 'dist/pagefind/fragment';
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(`${dir}/${file}`)).toString('utf8');
    return JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string; anchors: { id: string; text: string }[] };
  });
}

const fileOf = (url: string) => `${url.replace(/^\//, '')}index.html`;
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('the search index holds every paragraph whole (the keep-together spans and the glossary buttons included, the popovers left out)', () => {
  const pages = indexedPages().filter((page) => page.anchors.some((anchor) => /^[a-z]+-\d+$/.test(anchor.id)));

  it('indexes the reading pages of both languages', () => {
    expect(pages.map((page) => page.url)).toEqual(expect.arrayContaining(['/vanguard/', '/en/vanguard/']));
  });

  it.each(['/', '/organizing/', '/vanguard/', '/contributions/', '/en/vanguard/'])(
    '%s: each paragraph anchor’s text is the paragraph’s text',
    (url) => {
      const page = pages.find((candidate) => candidate.url === url);
      expect(page, `${url} is in the index`).toBeDefined();
      const html = builtPage(fileOf(url));
      const paragraphs = page!.anchors.filter((anchor) => /^[a-z]+-\d+$/.test(anchor.id));
      expect(paragraphs.length).toBeGreaterThan(0);
      for (const anchor of paragraphs) expect(squeeze(anchor.text), anchor.id).toBe(squeeze(elementText(html, anchor.id)!));
    },
  );

  it('vanguard-5 keeps its corrected reading, 全镇, which Pagefind leaves out of an <ins>', () => {
    const anchor = pages.find((page) => page.url === '/vanguard/')!.anchors.find((a) => a.id === 'vanguard-5')!;
    expect(builtPage('vanguard/index.html')).toMatch(/<ins\b[^>]*>全镇<\/ins>/);
    expect(anchor.text).toContain('号召全镇在职党员');
  });

  it('vanguard-4 keeps 637名, 通州区 and 3717名, which the <no-br> markup once lost', () => {
    const anchor = pages.find((page) => page.url === '/vanguard/')!.anchors.find((a) => a.id === 'vanguard-4')!;
    for (const words of ['637名', '通州区', '3717名', '核酸采样']) expect(anchor.text).toContain(words);
  });
});
