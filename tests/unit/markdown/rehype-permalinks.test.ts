import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypePermalinks from '@/integrations/markdown/rehype-permalinks.ts';
import { partFile } from '@/lib/content/layout.ts';

const el = (tagName: string, properties: Element['properties'], text = '文字'): Element => ({
  type: 'element',
  tagName,
  properties,
  children: [{ type: 'text', value: text }],
});

const link = (href: string, ariaLabel: string): Element => ({
  type: 'element',
  tagName: 'a',
  properties: { href, className: ['permalink'], ariaLabel, dataPagefindIgnore: '' },
  children: [{ type: 'text', value: '¶' }],
});

describe('rehype-permalinks', () => {
  it('ends each paragraph that has a paragraph id with a ¶ link to itself, named in Chinese, kept out of the index', () => {
    const root: Root = { type: 'root', children: [el('p', { id: 'vanguard-4' }), el('p', { id: 'lede-1' })] };
    rehypePermalinks()(root, { path: partFile('vanguard') });
    expect((root.children[0] as Element).children).toEqual([{ type: 'text', value: '文字' }, link('#vanguard-4', '第二部分第4段的链接')]);
    expect((root.children[1] as Element).children.at(-1)).toEqual(link('#lede-1', '导语第1段的链接'));
  });

  it('names the link in English in the English part', () => {
    const root: Root = { type: 'root', children: [el('p', { id: 'contributions-12' })] };
    rehypePermalinks()(root, { path: `C:\\site\\${partFile('contributions', 'en').replaceAll('/', '\\')}` });
    expect((root.children[0] as Element).children.at(-1)).toEqual(link('#contributions-12', 'Link to Part 3, paragraph 12'));
  });

  it('links no paragraph without a paragraph id, and no other element', () => {
    const others = [
      el('p', {}),
      el('p', { id: 'note-1' }),
      el('p', { id: 'vanguard-0' }),
      el('p', { id: 'x-vanguard-4' }),
      // hast allows a list as a property's value, though not for an id.
      el('p', { id: ['vanguard-4'] as unknown as string }),
      el('h2', { id: 'vanguard-4' }),
    ];
    const root: Root = { type: 'root', children: structuredClone(others) };
    rehypePermalinks()(root, { path: partFile('vanguard') });
    expect(root.children).toEqual(others);
  });

  it('leaves a file that is not a part of the article as it is', () => {
    const root: Root = { type: 'root', children: [el('p', { id: 'vanguard-4' })] };
    rehypePermalinks()(root, { path: 'content/about.mdx' });
    rehypePermalinks()(root, {});
    expect(root.children).toEqual([el('p', { id: 'vanguard-4' })]);
  });
});
