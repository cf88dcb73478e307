import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { attribute, byId, classesOf, elementChildren, findAll, findOne, isElement, textOf } from '../../../scripts/editions/hast.ts';

const tree = fromHtml('<main><p id="a" class="x y" aria-labelledby="h1 h2">一<b>二</b></p><p id="b">三</p></main>', { fragment: true });

describe('hast helpers', () => {
  it('find elements in document order, by test and by id', () => {
    expect(findAll(tree, (element) => isElement(element, 'p')).map((p) => p.properties['id'])).toEqual(['a', 'b']);
    expect(findOne(tree, (element) => isElement(element, 'b'))?.tagName).toBe('b');
    expect(byId(tree, 'b')?.tagName).toBe('p');
    expect(byId(tree, 'none')).toBeUndefined();
  });

  it('read classes, attributes as text and textContent', () => {
    const p = byId(tree, 'a')!;
    expect(classesOf(p)).toEqual(['x', 'y']);
    expect(attribute(p, 'ariaLabelledBy')).toBe('h1 h2');
    expect(attribute(p, 'title')).toBe('');
    expect(textOf(p)).toBe('一二');
    expect(elementChildren(findOne(tree, (element) => isElement(element, 'main'))!).length).toBe(2);
  });

  it('give no classes for an element without a class attribute', () => {
    expect(classesOf(byId(tree, 'b')!)).toEqual([]);
  });

  it('leave comments out of the text, as textContent does', () => {
    const p = fromHtml('<p>a<!-- note -->b</p>', { fragment: true });
    expect(textOf(p)).toBe('ab');
    expect(textOf({ type: 'comment', value: ' note ' })).toBe('');
  });

  // hast's types leave null out, but hast-util-to-html and these helpers take it as no attribute.
  it('read a property that is null or false as an absent attribute', () => {
    const element: Element = {
      type: 'element',
      tagName: 'a',
      properties: { title: null as unknown as string, download: false },
      children: [],
    };
    expect(attribute(element, 'title')).toBe('');
    expect(attribute(element, 'download')).toBe('');
  });
});
