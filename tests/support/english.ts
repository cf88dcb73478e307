import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { htmlPaths } from '@/integrations/postbuild/html-files.ts';
import { builtFiles } from '@/i18n/routes.ts';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { splitParagraphs, stripFrontmatter } from '@/lib/text/paragraphs.ts';
import { PART_IDS, partFile, type PartId } from '@/lib/content/layout.ts';
import { frontmatter, read } from './article.ts';

/** One part of the English translation as the editors wrote it. */
export interface EnglishPartSource {
  id: PartId;
  path: string;
  data: { kind: string; order: number; title?: string; short?: string };
  paragraphs: string[];
}

/** Every part of the English translation, in reading order. */
export function englishPartSources(): EnglishPartSource[] {
  return PART_IDS.map((id) => {
    const path = partFile(id, 'en');
    const source = read(path);
    return { id, path, data: frontmatter(source) as EnglishPartSource['data'], paragraphs: splitParagraphs(stripFrontmatter(source)) };
  });
}

const ZH_SPAN = /<Zh>([\s\S]*?)<\/Zh>/g;

/** An English MDX paragraph as readers see its words: the `<Zh>` tags gone, their Chinese kept. */
export function withoutTags(paragraph: string): string {
  return paragraph.replace(ZH_SPAN, '$1');
}

/** An English MDX paragraph with its `<Zh>` spans (tags and Chinese) removed: the English words alone. */
export function englishWords(paragraph: string): string {
  return paragraph.replace(ZH_SPAN, '');
}

/** The contents of an English MDX paragraph's `<Zh>` spans, in order. */
export function zhSpans(paragraph: string): string[] {
  return Array.from(paragraph.matchAll(ZH_SPAN), (m) => m[1]!);
}

/** The English pages, as paths in `dist/`. */
export const EN_PAGES = builtFiles('en');

/** Every HTML file in `dist/`, as paths relative to it. */
export function allBuiltPages(dir = 'dist'): string[] {
  return htmlPaths(dir);
}

/** The `dist/` path a relative link from the page at `page` leads to (`../vanguard/` from `en/index.html` → `vanguard/index.html`), or null if it leaves the site. */
export function linkTarget(page: string, href: string): string | null {
  const path = href.replace(/[?#].*$/, '');
  const resolved = posix.normalize(posix.join(posix.dirname(page), path === '' ? posix.basename(page) : path));
  if (resolved.startsWith('..')) return null;
  return resolved.endsWith('/') || resolved === '.' ? posix.join(resolved, 'index.html') : resolved;
}

/** A built page parsed to a hast tree. */
export function parsePage(path: string): Root {
  return fromHtml(readFileSync(`dist/${path}`, 'utf8'));
}

/** Calls `visit` on every element and text node with the language it inherits from its nearest `lang` attribute (script and style bodies are code, not text, and are skipped). */
export function walkWithLang(node: Root | RootContent, lang: string, visit: (node: Element | RootContent, lang: string) => void): void {
  if (node.type === 'element' && (node.tagName === 'script' || node.tagName === 'style')) return;
  if (node.type === 'element') {
    const own = node.properties['lang'];
    const inherited = typeof own === 'string' ? own : lang;
    visit(node, inherited);
    for (const child of node.children) walkWithLang(child, inherited, visit);
    if (node.tagName === 'template' && node.content) walkWithLang(node.content, inherited, visit);
  } else if (node.type === 'root') {
    for (const child of node.children) walkWithLang(child, lang, visit);
  } else {
    visit(node, lang);
  }
}

/** Every element of a tree that matches `test`, in document order. */
export function findElements(tree: Root, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  walkWithLang(tree, '', (node) => {
    if (node.type === 'element' && test(node)) found.push(node);
  });
  return found;
}

/** The text of an element, all descendants included. */
export function textOf(node: Element | RootContent): string {
  if (node.type === 'text') return node.value;
  // Marks that are not the text (the ¶ permalink) carry data-pagefind-ignore.
  if (node.type === 'element' && node.properties['dataPagefindIgnore'] !== undefined) return '';
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** Han characters and the full-width and CJK punctuation Chinese text uses: what must be marked as Chinese on an English page. */
export const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
