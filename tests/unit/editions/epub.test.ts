import { deflateSync, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  containerXml,
  metadataXml,
  navBody,
  packageDocument,
  stableUuid,
  zipEpub,
  type EpubMetadata,
} from '../../../scripts/editions/epub.ts';

const metadata: EpubMetadata = {
  identifier: 'urn:uuid:x',
  title: '标题 & 副题',
  lang: 'zh-CN',
  creators: [
    { name: '甲', fileAs: 'Jia, A' },
    { name: '乙', fileAs: 'Yi, B' },
  ],
  translators: ['T'],
  date: '2022-06-18',
  publisher: '刊',
  source: '甲, 乙. 标题[J]. 刊, 2022(6).',
  description: '说明',
  subjects: ['一', '二'],
  modified: '2026-11-30T08:00:00Z',
  accessibilitySummary: '摘要',
  certifiedBy: '编者',
};

describe('stableUuid', () => {
  it('is a version 5 UUID, the same for the same name and different for another', () => {
    expect(stableUuid('a/epub-zh')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid('a/epub-zh')).toBe(stableUuid('a/epub-zh'));
    expect(stableUuid('a/epub-en')).not.toBe(stableUuid('a/epub-zh'));
  });

  it('agrees with another implementation of version 5 in the URL namespace', () => {
    // uuid.uuid5(uuid.NAMESPACE_URL, 'http://python.org/') in Python's standard library.
    expect(stableUuid('http://python.org/')).toBe('4c565f0d-3f5a-5890-b41b-20cf47701c5e');
  });
});

describe('metadataXml', () => {
  it('has the title, one creator per author with role and sort form, the translator, date, language, publisher, source', () => {
    const xml = metadataXml(metadata);
    expect(xml).toContain('<dc:title id="title">标题 &amp; 副题</dc:title>');
    expect(xml.match(/<dc:creator /g)).toHaveLength(2);
    expect(xml).toContain('<meta refines="#creator-2" property="role" scheme="marc:relators">aut</meta>');
    expect(xml).toContain('<meta refines="#creator-1" property="file-as">Jia, A</meta>');
    expect(xml).toContain('<dc:contributor id="translator-1">T</dc:contributor>');
    expect(xml).toContain('<meta refines="#translator-1" property="role" scheme="marc:relators">trl</meta>');
    for (const element of ['dc:date', 'dc:language', 'dc:publisher', 'dc:source', 'dc:identifier']) expect(xml).toContain(`<${element}`);
    expect(xml).toContain('<meta property="dcterms:modified">2026-11-30T08:00:00Z</meta>');
  });

  it('has the accessibility metadata: access modes, features, hazards, summary and the conformance claim', () => {
    const xml = metadataXml(metadata);
    for (const property of [
      'schema:accessMode',
      'schema:accessModeSufficient',
      'schema:accessibilityFeature',
      'schema:accessibilityHazard',
      'schema:accessibilitySummary',
      'a11y:certifiedBy',
    ])
      expect(xml).toContain(`property="${property}"`);
    expect(xml).toContain('rel="dcterms:conformsTo"');
  });

  it('lists the whole metadata, one element a line, with the creators numbered from 1 in order', () => {
    expect(metadataXml(metadata).split('\n')).toEqual([
      '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">',
      '    <dc:identifier id="pub-id">urn:uuid:x</dc:identifier>',
      '    <dc:title id="title">标题 &amp; 副题</dc:title>',
      '    <dc:creator id="creator-1">甲</dc:creator>',
      '    <meta refines="#creator-1" property="role" scheme="marc:relators">aut</meta>',
      '    <meta refines="#creator-1" property="file-as">Jia, A</meta>',
      '    <meta refines="#creator-1" property="display-seq">1</meta>',
      '    <dc:creator id="creator-2">乙</dc:creator>',
      '    <meta refines="#creator-2" property="role" scheme="marc:relators">aut</meta>',
      '    <meta refines="#creator-2" property="file-as">Yi, B</meta>',
      '    <meta refines="#creator-2" property="display-seq">2</meta>',
      '    <dc:contributor id="translator-1">T</dc:contributor>',
      '    <meta refines="#translator-1" property="role" scheme="marc:relators">trl</meta>',
      '    <dc:date>2022-06-18</dc:date>',
      '    <dc:language>zh-CN</dc:language>',
      '    <dc:publisher>刊</dc:publisher>',
      '    <dc:source>甲, 乙. 标题[J]. 刊, 2022(6).</dc:source>',
      '    <dc:description>说明</dc:description>',
      '    <dc:subject>一</dc:subject>',
      '    <dc:subject>二</dc:subject>',
      '    <meta property="dcterms:modified">2026-11-30T08:00:00Z</meta>',
      '    <link rel="dcterms:conformsTo" href="http://www.idpf.org/epub/a11y/accessibility-20170105.html#wcag-aa"/>',
      '    <meta property="a11y:certifiedBy">编者</meta>',
      '    <meta property="schema:accessMode">textual</meta>',
      '    <meta property="schema:accessMode">visual</meta>',
      '    <meta property="schema:accessModeSufficient">textual</meta>',
      '    <meta property="schema:accessibilityFeature">structuralNavigation</meta>',
      '    <meta property="schema:accessibilityFeature">tableOfContents</meta>',
      '    <meta property="schema:accessibilityFeature">readingOrder</meta>',
      '    <meta property="schema:accessibilityFeature">alternativeText</meta>',
      '    <meta property="schema:accessibilityFeature">displayTransformability</meta>',
      '    <meta property="schema:accessibilityHazard">none</meta>',
      '    <meta property="schema:accessibilitySummary">摘要</meta>',
      '  </metadata>',
    ]);
  });

  it('names no translator when there is none', () => {
    expect(metadataXml({ ...metadata, translators: [] })).not.toContain('dc:contributor');
  });
});

describe('packageDocument, navBody and containerXml', () => {
  it('lists every item in the manifest and the read ones in the spine, in order', () => {
    const opf = packageDocument(metadata, [
      { id: 'css', href: 'style.css', mediaType: 'text/css' },
      { id: 'nav', href: 'nav.xhtml', mediaType: 'application/xhtml+xml', properties: 'nav', spine: true },
      { id: 'c1', href: 'a.xhtml', mediaType: 'application/xhtml+xml', spine: true },
    ]);
    expect(opf).toContain('unique-identifier="pub-id"');
    expect(opf).toContain('<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>');
    expect(opf).toMatch(/<spine>\s*<itemref idref="nav"\/>\s*<itemref idref="c1"\/>\s*<\/spine>/);
  });

  it('is a whole package document: declaration, package element, metadata, manifest, spine, final newline', () => {
    const opf = packageDocument(metadata, [
      { id: 'css', href: 'style.css', mediaType: 'text/css' },
      { id: 'c1', href: 'a.xhtml', mediaType: 'application/xhtml+xml', spine: true },
    ]).split('\n');
    expect(opf.slice(0, 3)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="zh-CN" dir="ltr">',
      '  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">',
    ]);
    expect(opf.slice(opf.indexOf('  </metadata>'))).toEqual([
      '  </metadata>',
      '  <manifest>',
      '    <item id="css" href="style.css" media-type="text/css"/>',
      '    <item id="c1" href="a.xhtml" media-type="application/xhtml+xml"/>',
      '  </manifest>',
      '  <spine>',
      '    <itemref idref="c1"/>',
      '  </spine>',
      '</package>',
      '',
    ]);
  });

  it('has a table of contents and landmarks', () => {
    const nav = navBody([{ href: 'a.xhtml', title: 'A & B' }], [{ href: 'cover.xhtml', title: '封面', type: 'cover' }], {
      toc: '目录',
      landmarks: '导览',
    });
    expect(nav).toContain('<nav epub:type="toc" id="toc" role="doc-toc"');
    expect(nav).toContain('<li><a href="a.xhtml">A &amp; B</a></li>');
    expect(nav).toContain('<li><a epub:type="cover" href="cover.xhtml">封面</a></li>');
  });

  it('lists every table-of-contents entry and landmark on its own line, each list in its own nav', () => {
    const nav = navBody(
      [
        { href: 'a.xhtml', title: '一' },
        { href: 'b.xhtml', title: '二' },
      ],
      [
        { href: 'cover.xhtml', title: '封面', type: 'cover' },
        { href: 'a.xhtml', title: '正文', type: 'bodymatter' },
      ],
      { toc: '目录', landmarks: '导览' },
    );
    expect(nav.split('\n')).toEqual([
      '<nav epub:type="toc" id="toc" role="doc-toc" aria-labelledby="toc-title"><h1 id="toc-title">目录</h1>',
      '<ol>',
      '<li><a href="a.xhtml">一</a></li>',
      '<li><a href="b.xhtml">二</a></li>',
      '</ol></nav>',
      '<nav epub:type="landmarks" id="landmarks" aria-labelledby="landmarks-title"><h2 id="landmarks-title">导览</h2>',
      '<ol>',
      '<li><a epub:type="cover" href="cover.xhtml">封面</a></li>',
      '<li><a epub:type="bodymatter" href="a.xhtml">正文</a></li>',
      '</ol></nav>',
    ]);
  });

  it('is a whole container.xml: declaration, container element in the OCF namespace, one rootfile, final newline', () => {
    expect(containerXml().split('\n')).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">',
      '  <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>',
      '</container>',
      '',
    ]);
  });

  it('points the container at the package document', () => {
    expect(containerXml()).toContain('full-path="EPUB/package.opf"');
  });
});

describe('zipEpub', () => {
  const date = new Date('2026-11-30T08:09:10Z');
  // Made inside each test, not when the file loads, so mutation testing can tell which test reaches containerXml.
  const entries = () => [
    { path: 'META-INF/container.xml', bytes: new TextEncoder().encode(containerXml()) },
    { path: 'EPUB/a.xhtml', bytes: new TextEncoder().encode('<p>一</p>'.repeat(50)) },
  ];

  it('puts mimetype first, stored, with no extra field, and then the files in order', () => {
    const files = entries();
    const zip = zipEpub(files, date);
    const view = new DataView(zip.buffer, zip.byteOffset);
    expect(new TextDecoder().decode(zip.subarray(30, 38))).toBe('mimetype');
    expect(view.getUint16(8, true)).toBe(0); // compression method: stored
    expect(view.getUint16(28, true)).toBe(0); // extra field length
    expect(new TextDecoder().decode(zip.subarray(38, 58))).toBe('application/epub+zip');
    expect(Object.keys(unzipSync(zip))).toEqual(['mimetype', 'META-INF/container.xml', 'EPUB/a.xhtml']);
  });

  it('dates every entry with the given UTC time, whatever the time zone, so the same input gives the same bytes', () => {
    const files = entries();
    const zip = zipEpub(files, date);
    const view = new DataView(zip.buffer, zip.byteOffset);
    const time = view.getUint16(10, true);
    const day = view.getUint16(12, true);
    expect([time >> 11, (time >> 5) & 63, (time & 31) * 2]).toEqual([8, 9, 10]);
    expect([(day >> 9) + 1980, (day >> 5) & 15, day & 31]).toEqual([2026, 11, 30]);
    expect(zipEpub(files, date)).toEqual(zip);
  });

  it('deflates the files at the highest level, so a build gives the same bytes whatever the default level', () => {
    const bytes = new TextEncoder().encode(Array.from({ length: 200 }, (_, i) => `<p>${i} × ${i} = ${i * i}</p>`).join('\n'));
    // This text deflates differently at levels 6 (fflate's default) and 9, so the test can tell them apart.
    expect(deflateSync(bytes, { level: 9 })).not.toEqual(deflateSync(bytes, { level: 6 }));
    const zip = zipEpub([{ path: 'EPUB/a.xhtml', bytes }], date);
    const view = new DataView(zip.buffer, zip.byteOffset);
    const header = 30 + 'mimetype'.length + 'application/epub+zip'.length; // the second local file header
    expect(view.getUint16(header + 8, true)).toBe(8); // compression method: deflate
    const size = view.getUint32(header + 18, true);
    const data = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
    expect(zip.subarray(data, data + size)).toEqual(deflateSync(bytes, { level: 9 }));
  });

  it('refuses a file given twice, or a second mimetype', () => {
    const files = entries();
    expect(() => zipEpub([...files, files[0]!], date)).toThrow(/given twice/);
    expect(() => zipEpub([{ path: 'mimetype', bytes: new Uint8Array() }], date)).toThrow('EPUB file “mimetype” is given twice');
  });

  it('takes a file named like an object property as any other, and refuses a file with no name', () => {
    const bytes = new TextEncoder().encode('x');
    for (const path of ['toString', 'constructor', 'hasOwnProperty']) {
      const zip = zipEpub([{ path, bytes }], date);
      expect(unzipSync(zip)[path], path).toEqual(bytes);
    }
    expect(() => zipEpub([{ path: '', bytes }], date)).toThrow('EPUB file with an empty path');
  });
});
