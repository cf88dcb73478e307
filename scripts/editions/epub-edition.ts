import { cleanNodes, linkResolver, type Target } from './clean.ts';
import { containerXml, packageDocument, zipEpub, navBody, type EpubFile, type EpubMetadata, type ManifestItem } from './epub.ts';
import { pageFile, type Chapter, type EditionText } from './source.ts';
import { EDITION_WORDS } from './words.ts';
import { escapeXml, xhtmlDocument, xhtmlOf } from './xhtml.ts';

/** Everything an EPUB edition is made of. */
export interface EpubInput {
  text: EditionText;
  metadata: EpubMetadata;
  /** The cover image (PNG) and what it shows. */
  cover: { png: Uint8Array; alt: string };
  /** The edition's stylesheet. */
  css: string;
  /** The date every zip entry carries: the commit's. */
  date: Date;
}

/** The file name of a chapter's content document. */
export function chapterHref(target: Target): string {
  return `${target.chapter}.xhtml${target.id ? `#${target.id}` : ''}`;
}

/** The structural semantics of a chapter: its `epub:type` and ARIA role. */
export function chapterSemantics(chapter: Chapter): { type: string; role: string } {
  if (chapter.page === 'full') return { type: 'chapter', role: 'doc-chapter' };
  if (chapter.id === 'glossary') return { type: 'glossary', role: 'doc-glossary' };
  return { type: 'appendix', role: 'doc-appendix' };
}

const encode = (text: string) => new TextEncoder().encode(text);

/** The files of an EPUB edition, in the container's order after `mimetype`: container, package, stylesheet, cover, navigation, chapters. */
export function epubFiles({ text, metadata, cover, css }: EpubInput): EpubFile[] {
  const words = EDITION_WORDS[text.lang];
  const resolve = linkResolver(text.chapters);
  const chapters = text.chapters.map((chapter) => {
    const nodes = cleanNodes(chapter.nodes, { file: pageFile(chapter.page, text.lang), resolve, href: chapterHref });
    return { chapter, body: xhtmlOf(nodes), ...chapterSemantics(chapter) };
  });
  const doc = (title: string, type: string, role: string, body: string) =>
    encode(xhtmlDocument({ lang: text.lang, title, type, role, body }));
  const coverBody = `<section epub:type="cover"><img role="doc-cover" src="images/cover.png" alt="${escapeXml(cover.alt)}"/></section>`;
  const toc = chapters.map(({ chapter }) => ({ href: chapterHref({ chapter: chapter.id }), title: chapter.title }));
  const landmarks = [
    { href: 'cover.xhtml', title: words.cover, type: 'cover' },
    { href: 'nav.xhtml#toc', title: words.toc, type: 'toc' },
    { href: chapterHref({ chapter: text.chapters[0]?.id ?? 'lede' }), title: words.bodymatter, type: 'bodymatter' },
  ];
  const items: (ManifestItem & { bytes: Uint8Array })[] = [
    { id: 'style', href: 'style.css', mediaType: 'text/css', bytes: encode(css) },
    { id: 'cover-image', href: 'images/cover.png', mediaType: 'image/png', properties: 'cover-image', bytes: cover.png },
    { id: 'cover', href: 'cover.xhtml', mediaType: 'application/xhtml+xml', spine: true, bytes: doc(words.cover, '', '', coverBody) },
    {
      id: 'nav',
      href: 'nav.xhtml',
      mediaType: 'application/xhtml+xml',
      properties: 'nav',
      spine: true,
      bytes: doc(words.toc, '', '', navBody(toc, landmarks, words)),
    },
    ...chapters.map(({ chapter, body, type, role }) => ({
      id: `c-${chapter.id}`,
      href: chapterHref({ chapter: chapter.id }),
      mediaType: 'application/xhtml+xml',
      spine: true,
      bytes: doc(chapter.title, type, role, body),
    })),
  ];
  return [
    { path: 'META-INF/container.xml', bytes: encode(containerXml()) },
    { path: 'EPUB/package.opf', bytes: encode(packageDocument(metadata, items)) },
    ...items.map((item) => ({ path: `EPUB/${item.href}`, bytes: item.bytes })),
  ];
}

/** An EPUB 3 edition as the bytes of its zip container; the same input gives the same bytes. */
export function buildEpub(input: EpubInput): Uint8Array {
  return zipEpub(epubFiles(input), input.date);
}
