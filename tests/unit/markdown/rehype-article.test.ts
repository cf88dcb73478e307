import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeArticle from '@/integrations/markdown/rehype-article.ts';
import { partFile } from '@/lib/content/layout.ts';

const p = (text: string, properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName: 'p',
  properties,
  children: [{ type: 'text', value: text }],
});

/** A part's tree: a heading, two paragraphs, a quotation holding a paragraph of its own, and a third paragraph. */
function tree(): Root {
  return {
    type: 'root',
    children: [
      { type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: '二,冲锋在前' }] },
      p('党员干部,群众'),
      { type: 'text', value: '\n' },
      p('637名', { className: ['lead'] }),
      { type: 'element', tagName: 'blockquote', properties: {}, children: [p('引文,一段')] },
      p('最后(一段)'),
    ],
  };
}

describe('rehype-article', () => {
  it('gives each top-level paragraph of a Chinese part its id and search title, in order, and keeps its other properties', () => {
    const root = tree();
    rehypeArticle()(root, { path: `/x/${partFile('vanguard')}` });
    const [, first, , second, quote, third] = root.children as Element[];
    expect(first?.properties).toEqual({ id: 'vanguard-1', dataPagefindTitle: '第1段' });
    expect(second?.properties).toEqual({ className: ['lead'], id: 'vanguard-2', dataPagefindTitle: '第2段' });
    expect(third?.properties).toEqual({ id: 'vanguard-3', dataPagefindTitle: '第3段' });
    expect(quote?.properties).toEqual({});
    expect((quote?.children[0] as Element).properties).toEqual({});
  });

  it('makes ASCII punctuation in Chinese text full-width, in every text of the part, headings and quotations too', () => {
    const root = tree();
    rehypeArticle()(root, { path: partFile('organizing') });
    const texts: string[] = [];
    const walk = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type === 'text') texts.push(child.value);
        if (child.type === 'element') walk(child);
      }
    };
    walk(root);
    expect(texts).toEqual(['二，冲锋在前', '党员干部，群众', '\n', '637名', '引文，一段', '最后（一段）']);
    expect((root.children[1] as Element).properties['id']).toBe('organizing-1');
  });

  it('in the English part, gives the same ids with English titles and leaves the punctuation as written', () => {
    const root = tree();
    rehypeArticle()(root, { path: partFile('vanguard', 'en') });
    const [heading, first, , , , third] = root.children as Element[];
    expect(first?.properties).toEqual({ id: 'vanguard-1', dataPagefindTitle: 'Paragraph 1' });
    expect(third?.properties).toEqual({ id: 'vanguard-3', dataPagefindTitle: 'Paragraph 3' });
    expect(heading?.children).toEqual([{ type: 'text', value: '二,冲锋在前' }]);
    expect(first?.children).toEqual([{ type: 'text', value: '党员干部,群众' }]);
  });

  it('leaves any other file, and a file with no path, as it is', () => {
    for (const path of ['content/glossary.mdx', 'content/article/vanguard.md', undefined]) {
      const root = tree();
      rehypeArticle()(root, path === undefined ? {} : { path });
      expect(root, String(path)).toEqual(tree());
    }
  });
});
