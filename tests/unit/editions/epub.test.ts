import { unzipSync } from 'fflate';
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

  it('has a table of contents and landmarks', () => {
    const nav = navBody([{ href: 'a.xhtml', title: 'A & B' }], [{ href: 'cover.xhtml', title: '封面', type: 'cover' }], {
      toc: '目录',
      landmarks: '导览',
    });
    expect(nav).toContain('<nav epub:type="toc" id="toc" role="doc-toc"');
    expect(nav).toContain('<li><a href="a.xhtml">A &amp; B</a></li>');
    expect(nav).toContain('<li><a epub:type="cover" href="cover.xhtml">封面</a></li>');
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

  it('refuses a file given twice, or a second mimetype', () => {
    const files = entries();
    expect(() => zipEpub([...files, files[0]!], date)).toThrow(/given twice/);
    expect(() => zipEpub([{ path: 'mimetype', bytes: new Uint8Array() }], date)).toThrow(/mimetype/);
  });
});
