import type { Properties } from 'hast';
import { htmlVoidElements } from 'html-void-elements';
import { find, html } from 'property-information';
import type { Content } from './hast.ts';

/** Serialises hast content as XHTML (XML syntax): void elements self-closed, every attribute quoted and escaped, lists space-separated. */
export function xhtmlOf(nodes: readonly Content[]): string {
  return nodes.map((node) => xhtmlNode(node)).join('');
}

function xhtmlNode(node: Content): string {
  if (node.type === 'text') return escapeXml(node.value);
  if (node.type !== 'element') return '';
  const open = `${node.tagName}${attributesOf(node.properties)}`;
  if (htmlVoidElements.includes(node.tagName)) return `<${open}/>`;
  return `<${open}>${xhtmlOf(node.children)}</${node.tagName}>`;
}

function attributesOf(properties: Properties): string {
  return Object.entries(properties)
    .flatMap(([name, value]) => {
      if (value === undefined || value === null || value === false) return [];
      const text = value === true ? '' : Array.isArray(value) ? value.join(' ') : String(value);
      return [` ${find(html, name).attribute}="${escapeXml(text)}"`];
    })
    .join('');
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** One XHTML content document of an EPUB: its language, title, the body's `epub:type` and content, and the stylesheet's path. */
export interface XhtmlDocument {
  lang: string;
  title: string;
  /** The body's structural semantics, e.g. `bodymatter chapter`, or `backmatter glossary`. */
  type: string;
  /** The ARIA role of the section holding the content, e.g. `doc-chapter`; none when empty. */
  role: string;
  body: string;
  stylesheet?: string;
}

/** A complete XHTML content document, in XML syntax, for an EPUB 3 package. */
export function xhtmlDocument({ lang, title, type, role, body, stylesheet = 'style.css' }: XhtmlDocument): string {
  const section = role === '' ? body : `<section epub:type="${escapeXml(type)}" role="${escapeXml(role)}">${body}</section>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE html>',
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${escapeXml(lang)}" xml:lang="${escapeXml(lang)}">`,
    '<head>',
    '<meta charset="UTF-8"/>',
    `<title>${escapeXml(title)}</title>`,
    `<link rel="stylesheet" type="text/css" href="${escapeXml(stylesheet)}"/>`,
    '</head>',
    `<body>`,
    section,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
