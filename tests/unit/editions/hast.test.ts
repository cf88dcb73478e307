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
});
