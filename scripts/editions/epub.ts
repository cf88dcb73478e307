import { createHash } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';
import { escapeXml } from './xhtml.ts';

/** The package metadata of an EPUB 3 edition. */
export interface EpubMetadata {
  /** A stable identifier: the same for every build of this edition (see `stableUuid`). */
  identifier: string;
  title: string;
  lang: string;
  /** The authors, in order, each with the form to sort by. */
  creators: { name: string; fileAs: string }[];
  translators: string[];
  /** The date of the work (the original's publication), YYYY-MM-DD. */
  date: string;
  publisher: string;
  /** The work this edition is made from, as a citation. */
  source: string;
  description: string;
  subjects: string[];
  /** When this edition was made, from the commit: YYYY-MM-DDThh:mm:ssZ. */
  modified: string;
  accessibilitySummary: string;
  /** Who vouches for the accessibility conformance claim. */
  certifiedBy: string;
}

/** A file of the package, under the EPUB/ folder. */
export interface ManifestItem {
  id: string;
  href: string;
  mediaType: string;
  properties?: string;
  /** Its place in the spine, when it is read in order. */
  spine?: boolean;
}

const A11Y_FEATURES = ['structuralNavigation', 'tableOfContents', 'readingOrder', 'alternativeText', 'displayTransformability'];

/** A name-based UUID (version 5, RFC 9562) in the URL namespace: the same name always gives the same UUID. */
export function stableUuid(name: string): string {
  const namespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const element = (name: string, text: string, attributes = '') => `<${name}${attributes}>${escapeXml(text)}</${name}>`;
const meta = (property: string, text: string, refines?: string) =>
  element('meta', text, `${refines ? ` refines="#${refines}"` : ''} property="${property}"`);

/** The package document's <metadata>: Dublin Core, roles, the modification date and the accessibility metadata. */
export function metadataXml(data: EpubMetadata): string {
  const lines = [
    element('dc:identifier', data.identifier, ' id="pub-id"'),
    element('dc:title', data.title, ' id="title"'),
    ...data.creators.flatMap((creator, index) => [
      element('dc:creator', creator.name, ` id="creator-${index + 1}"`),
      meta('role', 'aut', `creator-${index + 1}`).replace('property="role"', 'property="role" scheme="marc:relators"'),
      meta('file-as', creator.fileAs, `creator-${index + 1}`),
      meta('display-seq', String(index + 1), `creator-${index + 1}`),
    ]),
    ...data.translators.flatMap((name, index) => [
      element('dc:contributor', name, ` id="translator-${index + 1}"`),
      meta('role', 'trl', `translator-${index + 1}`).replace('property="role"', 'property="role" scheme="marc:relators"'),
    ]),
    element('dc:date', data.date),
    element('dc:language', data.lang),
    element('dc:publisher', data.publisher),
    element('dc:source', data.source),
    element('dc:description', data.description),
    ...data.subjects.map((subject) => element('dc:subject', subject)),
    meta('dcterms:modified', data.modified),
    '<link rel="dcterms:conformsTo" href="http://www.idpf.org/epub/a11y/accessibility-20170105.html#wcag-aa"/>',
    meta('a11y:certifiedBy', data.certifiedBy),
    meta('schema:accessMode', 'textual'),
    meta('schema:accessMode', 'visual'),
    meta('schema:accessModeSufficient', 'textual'),
    ...A11Y_FEATURES.map((feature) => meta('schema:accessibilityFeature', feature)),
    meta('schema:accessibilityHazard', 'none'),
    meta('schema:accessibilitySummary', data.accessibilitySummary),
  ];
  return `<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n${lines.map((line) => `    ${line}`).join('\n')}\n  </metadata>`;
}

/** The package document (EPUB/package.opf): metadata, manifest and spine. */
export function packageDocument(data: EpubMetadata, items: readonly ManifestItem[]): string {
  const manifest = items.map(
    (item) =>
      `    <item id="${escapeXml(item.id)}" href="${escapeXml(item.href)}" media-type="${escapeXml(item.mediaType)}"${item.properties ? ` properties="${escapeXml(item.properties)}"` : ''}/>`,
  );
  const spine = items.filter((item) => item.spine).map((item) => `    <itemref idref="${escapeXml(item.id)}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="${escapeXml(data.lang)}" dir="ltr">`,
    `  ${metadataXml(data)}`,
    '  <manifest>',
    ...manifest,
    '  </manifest>',
    '  <spine>',
    ...spine,
    '  </spine>',
    '</package>',
    '',
  ].join('\n');
}

/** An entry of the navigation document's table of contents or landmarks. */
export interface NavEntry {
  href: string;
  title: string;
  /** The landmark's `epub:type` (cover, toc, bodymatter …); table-of-contents entries have none. */
  type?: string;
}

/** The words of the navigation document in the edition's language. */
export interface NavWords {
  toc: string;
  landmarks: string;
}

/** The body of the navigation document: the table of contents and the landmarks. */
export function navBody(toc: readonly NavEntry[], landmarks: readonly NavEntry[], words: NavWords): string {
  const list = (entries: readonly NavEntry[]) =>
    entries
      .map(
        (entry) =>
          `<li><a${entry.type ? ` epub:type="${escapeXml(entry.type)}"` : ''} href="${escapeXml(entry.href)}">${escapeXml(entry.title)}</a></li>`,
      )
      .join('\n');
  return [
    `<nav epub:type="toc" id="toc" role="doc-toc" aria-labelledby="toc-title"><h1 id="toc-title">${escapeXml(words.toc)}</h1>`,
    `<ol>\n${list(toc)}\n</ol></nav>`,
    `<nav epub:type="landmarks" id="landmarks" aria-labelledby="landmarks-title"><h2 id="landmarks-title">${escapeXml(words.landmarks)}</h2>`,
    `<ol>\n${list(landmarks)}\n</ol></nav>`,
  ].join('\n');
}

/** META-INF/container.xml, pointing at the package document. */
export function containerXml(opfPath = 'EPUB/package.opf'): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">',
    `  <rootfiles><rootfile full-path="${escapeXml(opfPath)}" media-type="application/oebps-package+xml"/></rootfiles>`,
    '</container>',
    '',
  ].join('\n');
}

/** A file of the EPUB's zip container, by its path in it. */
export interface EpubFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * The EPUB's zip container: `mimetype` first and stored, then `files` in the order given, compressed, every entry dated
 * `date`. Zip entries carry a local date and time, which fflate reads from the Date in the machine's time zone; it is
 * given the UTC fields of `date` so the bytes are the same in every time zone.
 */
export function zipEpub(files: readonly EpubFile[], date: Date): Uint8Array {
  const mtime = new Date(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  );
  // No prototype: a file named `toString` or `constructor` is a file like any other (fflate itself fails on `__proto__`).
  const entries: Zippable = Object.create(null) as Zippable;
  entries['mimetype'] = [new TextEncoder().encode('application/epub+zip'), { level: 0, mtime }];
  for (const file of files) {
    if (file.path === '') throw new Error('EPUB file with an empty path');
    if (Object.hasOwn(entries, file.path)) throw new Error(`EPUB file “${file.path}” is given twice`);
    entries[file.path] = [file.bytes, { level: 9, mtime }];
  }
  return zipSync(entries, { mtime });
}
