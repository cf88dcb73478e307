import type { Element, ElementContent, Nodes, Root } from 'hast';

/** An element or text node that can stand in an element's children. */
export type Content = ElementContent;

/** True for an element node, optionally of one of the tag names given. */
export function isElement(node: Nodes | undefined, ...tags: string[]): node is Element {
  return node?.type === 'element' && (tags.length === 0 || tags.includes(node.tagName));
}

/** Every element under `node` (itself included) that `test` accepts, in document order. */
export function findAll(node: Nodes, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (current: Nodes) => {
    if (current.type === 'element' && test(current)) found.push(current);
    if ('children' in current) for (const child of current.children) walk(child);
  };
  walk(node);
  return found;
}

/** The first element under `node` that `test` accepts, or undefined. */
export function findOne(node: Nodes, test: (element: Element) => boolean): Element | undefined {
  return findAll(node, test)[0];
}

/** The element with this id under `node`, or undefined. */
export function byId(node: Nodes, id: string): Element | undefined {
  return findOne(node, (element) => element.properties['id'] === id);
}

/** The class names of an element. */
export function classesOf(element: Element): string[] {
  const value = element.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

/** The text of a node and its descendants, as a browser's textContent gives it. */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => textOf(child)).join('');
  return '';
}

/** The element children of a node, skipping text and comments. */
export function elementChildren(node: Element | Root): Element[] {
  const elements: Element[] = [];
  for (const child of node.children) if (child.type === 'element') elements.push(child);
  return elements;
}

/** A property of an element as its attribute's text: lists (class, aria-labelledby, rel) joined by spaces; '' when absent. */
export function attribute(element: Element, name: string): string {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}
