import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildEpub, chapterHref, chapterSemantics, epubFiles } from '../../../scripts/editions/epub-edition.ts';
import type { EpubMetadata } from '../../../scripts/editions/epub.ts';
import { editionText } from '../../../scripts/editions/source.ts';
import { miniSite, readerOf } from '../../support/editions.ts';

const metadata: EpubMetadata = {
  identifier: 'urn:uuid:x',
  title: '标题',
  lang: 'zh-CN',
  creators: [{ name: '甲', fileAs: 'Jia' }],
  translators: [],
  date: '2022-06-18',
  publisher: '刊',
  source: 's',
  description: 'd',
  subjects: [],
  modified: '2026-11-30T08:00:00Z',
  accessibilitySummary: 'a',
  certifiedBy: 'e',
};
// Built inside each test, not when the file loads, so mutation testing can tell which test reaches which code.
const input = () => ({
  text: editionText('zh-CN', readerOf(miniSite())),
  metadata,
  cover: { png: new Uint8Array([137, 80, 78, 71]), alt: '封面：标题' },
  css: 'p { text-indent: 2em; }',
  date: new Date('2026-11-30T08:00:00Z'),
});
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('epubFiles', () => {
  const built = () => {
    const files = epubFiles(input());
    return { files, file: (path: string) => decode(files.find((candidate) => candidate.path === path)!.bytes) };
  };

  it('has the container, the package, the stylesheet, the cover, the navigation and one document per chapter', () => {
    const { files } = built();
    expect(files.map((f) => f.path)).toEqual([
      'META-INF/container.xml',
      'EPUB/package.opf',
      'EPUB/style.css',
      'EPUB/images/cover.png',
      'EPUB/cover.xhtml',
      'EPUB/nav.xhtml',
      ...['lede', 'organizing', 'vanguard', 'contributions', 'record', 'glossary', 'people-places', 'timeline', 'figures'].map(
        (id) => `EPUB/${id}.xhtml`,
      ),
    ]);
  });

  it('reads the cover, the navigation and the chapters in order, the navigation listing every chapter by title', () => {
    const { file } = built();
    expect(
      file('EPUB/package.opf')
        .match(/idref="([^"]+)"/g)
        ?.slice(0, 3),
    ).toEqual(['idref="cover"', 'idref="nav"', 'idref="c-lede"']);
    expect(file('EPUB/package.opf')).toContain('properties="cover-image"');
    expect(file('EPUB/nav.xhtml')).toContain('<a href="record.xhtml">关于本版</a>');
    expect(file('EPUB/nav.xhtml')).toContain('epub:type="bodymatter" href="lede.xhtml"');
  });

  it('lists every file in the manifest with its media type, marking the cover image and the navigation document', () => {
    const { file } = built();
    const chapter = (id: string) => `    <item id="c-${id}" href="${id}.xhtml" media-type="application/xhtml+xml"/>`;
    expect(file('EPUB/package.opf')).toContain(
      [
        '  <manifest>',
        '    <item id="style" href="style.css" media-type="text/css"/>',
        '    <item id="cover-image" href="images/cover.png" media-type="image/png" properties="cover-image"/>',
        '    <item id="cover" href="cover.xhtml" media-type="application/xhtml+xml"/>',
        '    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
        chapter('lede'),
        chapter('organizing'),
        chapter('vanguard'),
        chapter('contributions'),
        chapter('record'),
        chapter('glossary'),
        chapter('people-places'),
        chapter('timeline'),
        chapter('figures'),
        '  </manifest>',
      ].join('\n'),
    );
  });

  it('gives the cover, the contents and the start of the text as landmarks', () => {
    const { file } = built();
    expect(file('EPUB/nav.xhtml')).toContain(
      [
        '<ol>',
        '<li><a epub:type="cover" href="cover.xhtml">封面</a></li>',
        '<li><a epub:type="toc" href="nav.xhtml#toc">目录</a></li>',
        '<li><a epub:type="bodymatter" href="lede.xhtml">正文</a></li>',
        '</ol></nav>',
      ].join('\n'),
    );
  });

  it('puts the cover and the navigation straight in the body, with no chapter section around them', () => {
    const { file } = built();
    expect(file('EPUB/cover.xhtml')).toContain('<body>\n<section epub:type="cover"><img ');
    expect(file('EPUB/nav.xhtml')).toContain('<body>\n<nav epub:type="toc" id="toc" role="doc-toc"');
  });

  it('gives the cover image its text alternative', () => {
    const { file } = built();
    expect(file('EPUB/cover.xhtml')).toContain('<img role="doc-cover" src="images/cover.png" alt="封面：标题"/>');
  });

  it('keeps each paragraph’s id and leads links between chapters', () => {
    const { file } = built();
    expect(file('EPUB/vanguard.xhtml')).toContain('<p id="vanguard-1">');
    expect(file('EPUB/glossary.xhtml')).toContain('href="vanguard.xhtml#vanguard-1"');
    expect(file('EPUB/vanguard.xhtml')).toContain('href="vanguard.xhtml#erratum-x"');
  });

  it('marks the chapters, the glossary and the appendices', () => {
    const { file } = built();
    expect(file('EPUB/organizing.xhtml')).toContain('<section epub:type="chapter" role="doc-chapter">');
    expect(file('EPUB/glossary.xhtml')).toContain('<section epub:type="glossary" role="doc-glossary">');
    expect(chapterSemantics(input().text.chapters[4]!)).toEqual({ type: 'appendix', role: 'doc-appendix' });
  });
});

describe('buildEpub', () => {
  it('gives the same bytes for the same input, and a zip of the files with mimetype first', () => {
    const epub = buildEpub(input());
    expect(buildEpub(input())).toEqual(epub);
    expect(Object.keys(unzipSync(epub))[0]).toBe('mimetype');
  });

  it('names a chapter’s document and an id in it', () => {
    expect(chapterHref({ chapter: 'vanguard', id: 'vanguard-4' })).toBe('vanguard.xhtml#vanguard-4');
    expect(chapterHref({ chapter: 'glossary' })).toBe('glossary.xhtml');
  });
});
