import type { Element, Properties } from 'hast';
import { pagePlace } from '../../src/i18n/locale.ts';
import { PART_IDS } from '../../src/lib/content/layout.ts';
import { attribute, classesOf, findAll, isElement, textOf, type Content } from './hast.ts';
import type { Chapter } from './source.ts';

/** Where a link leads in an edition: a chapter, and an id in it. */
export interface Target {
  chapter: string;
  id?: string;
}

/** Finds where a link of a built page (`href`, relative to the page's file in dist/) leads in an edition; undefined when it leads out of it. */
export type Resolve = (file: string, href: string) => Target | undefined;

/** Elements of the site's chrome that an edition leaves out: controls, scripts, in-page navigation, drawings (their data is in tables). */
const DROPPED = new Set(['script', 'style', 'svg', 'button', 'nav', 'template', 'noscript', 'form', 'input', 'link', 'meta']);
const DROPPED_CLASSES = ['permalink', 'no-print'];
/** The attributes an edition keeps (hast property names); classes, styles and data-* are the site's. */
const KEPT = new Set([
  'id',
  'lang',
  'href',
  'dateTime',
  'cite',
  'title',
  'ariaLabel',
  'ariaLabelledBy',
  'ariaDescribedBy',
  'role',
  'scope',
  'colSpan',
  'rowSpan',
  'abbr',
  'start',
]);

/** The site's classes that carry meaning an edition keeps, and the edition's names for them (styled by epub.css and read by the Typst writer). */
const CLASSES: Readonly<Record<string, string>> = {
  'text-end': 'end',
  'text-muted': 'muted',
  'errata-title': 'heading',
  'errata-notes': 'errata-notes',
  'article-text': 'article-text',
  erratum: 'erratum',
  'glossary-term': 'term',
};

/** The slug of the built page each site page's content stands on in the editions: the article's pages all map to the full text. */
function sourcePage(slug: string): string {
  return slug === '' || slug === 'full' || (PART_IDS as readonly string[]).includes(slug) ? 'full' : slug;
}

/** A resolver over an edition's chapters: a link to an id some chapter of that page holds leads there; a link to a page, to its first chapter. */
export function linkResolver(chapters: readonly Chapter[]): Resolve {
  const ids = new Map(chapters.map((chapter) => [chapter, new Set(chapter.nodes.flatMap((node) => idsIn(node)))]));
  return (file, href) => {
    const url = new URL(href, `https://edition.invalid/${file}`);
    if (url.host !== 'edition.invalid') return undefined;
    const page = sourcePage(pagePlace(url.pathname).slug);
    const id = decodeURIComponent(url.hash.slice(1));
    const chapter = id
      ? chapters.find((candidate) => candidate.page === page && ids.get(candidate)?.has(id))
      : chapters.find((candidate) => candidate.page === page);
    if (!chapter) return undefined;
    return id ? { chapter: chapter.id, id } : { chapter: chapter.id };
  };
}

function idsIn(node: Content): string[] {
  return node.type === 'element'
    ? findAll(node, (element) => typeof element.properties['id'] === 'string').map((e) => String(e.properties['id']))
    : [];
}

/** Options for `cleanNodes`: the file of the page the nodes come from, and where its links lead (undefined: the link is unwrapped, its text kept). */
export interface CleanOptions {
  file: string;
  resolve: Resolve;
  href: (target: Target) => string;
}

/** An edition's copy of a chapter's content: the site's chrome left out, its attributes reduced to meaning, its headings starting at h1, its links leading inside the edition. */
export function cleanNodes(nodes: readonly Content[], options: CleanOptions): Content[] {
  const cleaned = nodes.flatMap((node) => cleanNode(node, options));
  const levels = cleaned.flatMap((node) => (node.type === 'element' ? findAll(node, (e) => /^h[1-6]$/.test(e.tagName)) : []));
  const top = Math.min(...levels.map((heading) => Number(heading.tagName[1])));
  for (const heading of levels) heading.tagName = `h${Number(heading.tagName[1]) - (Number.isFinite(top) ? top - 1 : 0)}`;
  const ids = new Set(cleaned.flatMap((node) => idsIn(node)));
  for (const node of cleaned)
    if (node.type === 'element') for (const element of findAll(node, () => true)) dropDanglingReferences(element, ids);
  return cleaned;
}

/**
 * A page's glossary terms as an edition has them: each button that opens a definition in place (rehype-glossary.ts)
 * becomes a link to the entry, with the definition as its title, and the popover after it goes.
 */
function popoversToLinks(children: readonly Content[]): Content[] {
  const popovers = new Map(
    children.flatMap((child) =>
      isElement(child) && child.properties['popover'] !== undefined ? [[String(child.properties['id']), child] as const] : [],
    ),
  );
  return children.flatMap((child): Content[] => {
    if (!isElement(child)) return [child];
    if (child.properties['popover'] !== undefined) return [];
    const popover = isElement(child, 'button') ? popovers.get(String(child.properties['popoverTarget'])) : undefined;
    if (!popover) return [child];
    const link = findAll(popover, (element) => isElement(element, 'a'))[0];
    const definition = popover.children
      .filter((part) => !isElement(part, 'a'))
      .map(textOf)
      .join('');
    const properties = { href: link?.properties['href'], className: ['glossary-term'], title: definition };
    return [{ type: 'element', tagName: 'a', properties, children: child.children }];
  });
}

function cleanNode(node: Content, options: CleanOptions): Content[] {
  if (node.type === 'comment') return [];
  if (node.type === 'text') return [{ type: 'text', value: node.value }];
  if (node.type !== 'element' || dropped(node)) return [];
  const children = popoversToLinks(node.children).flatMap((child) => cleanNode(child, options));
  if (isElement(node, 'figure') && !children.some((child) => child.type === 'element' && child.tagName !== 'figcaption')) return [];
  const properties: Properties = {};
  for (const [name, value] of Object.entries(node.properties)) if (KEPT.has(name)) properties[name] = value;
  const classes = classesOf(node).flatMap((name) => (CLASSES[name] ? [CLASSES[name]] : []));
  if (classes.length > 0) properties['className'] = classes;
  if (isElement(node, 'a')) {
    const target = typeof properties['href'] === 'string' ? options.resolve(options.file, properties['href']) : undefined;
    if (!target) return children;
    properties['href'] = options.href(target);
  }
  return [{ type: 'element', tagName: node.tagName, properties, children }];
}

function dropped(element: Element): boolean {
  return (
    DROPPED.has(element.tagName) ||
    element.properties['ariaHidden'] === 'true' ||
    element.properties['hidden'] !== undefined ||
    classesOf(element).some((name) => DROPPED_CLASSES.includes(name))
  );
}

function dropDanglingReferences(element: Element, ids: Set<string>) {
  for (const name of ['ariaLabelledBy', 'ariaDescribedBy']) {
    const value = element.properties[name];
    if (value === undefined) continue;
    const kept = attribute(element, name)
      .split(/\s+/)
      .filter((id) => ids.has(id));
    // undefined leaves the attribute out when the element is serialised.
    element.properties[name] = kept.length > 0 ? kept.join(' ') : undefined;
  }
}
