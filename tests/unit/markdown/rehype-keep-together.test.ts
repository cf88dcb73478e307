import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeKeepTogether from '@/integrations/markdown/rehype-keep-together.ts';
import { partFile } from '@/lib/content/layout.ts';

const text = (value: string): ElementContent => ({ type: 'text', value });
const keep = (value: string): Element => ({ type: 'element', tagName: 'span', properties: {}, children: [text(value)] });
const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** Runs the plugin on one paragraph of a file (`null`: a file with no path) and returns the paragraph's children. */
function run(children: ElementContent[], path: string | null = partFile('vanguard')): ElementContent[] {
  const root: Root = { type: 'root', children: [el('p', {}, children)] };
  rehypeKeepTogether()(root, path === null ? {} : { path });
  return (root.children[0] as Element).children;
}

describe('rehype-keep-together', () => {
  it('wraps each date, figure with its unit and indexed name of a Chinese text in a bare span, keeping the text between', () => {
    expect(run([text('5月3日起，637名党员和殷忠龙一起')])).toEqual([
      keep('5月3日'),
      text('起，'),
      keep('637名'),
      text('党员和'),
      keep('殷忠龙'),
      text('一起'),
    ]);
  });

  it('wraps every text of the paragraph, one after the other, and inside elements with attributes, a span among them', () => {
    expect(
      run([text('共637名'), el('a', { href: '#x' }, [text('3万余人次')]), el('span', { id: 's' }, [text('2100余名')]), text('至6月18日')]),
    ).toEqual([
      text('共'),
      keep('637名'),
      el('a', { href: '#x' }, [keep('3万余人次')]),
      el('span', { id: 's' }, [keep('2100余名')]),
      text('至'),
      keep('6月18日'),
    ]);
  });

  it('leaves a text with no token as the same node', () => {
    const node = text('党旗高高飘扬');
    expect(run([node])[0]).toBe(node);
  });

  it('leaves alone a bare span already kept, a glossary button and its popover', () => {
    const kept = [
      keep('5月3日与637名'),
      el('button', { popoverTarget: 'g' }, [text('637名')]),
      el('div', { popover: 'auto', id: 'g' }, [text('于5月3日')]),
    ];
    expect(run(structuredClone(kept))).toEqual(kept);
  });

  it('in English keeps dates whole but not figures, names or units', () => {
    expect(run([text('On May 3, 2022, 637 members and Yin Zhonglong met on 18 June.')], partFile('vanguard', 'en'))).toEqual([
      text('On '),
      keep('May 3, 2022'),
      text(', 637 members and Yin Zhonglong met on '),
      keep('18 June'),
      text('.'),
    ]);
  });

  it('leaves a file that is not a part of the article as it is', () => {
    expect(run([text('5月3日')], 'content/glossary.mdx')).toEqual([text('5月3日')]);
    expect(run([text('5月3日')], null)).toEqual([text('5月3日')]);
  });
});
