import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { editionIdentifier, epubMetadata, epubTimestamp } from '../../../scripts/editions/metadata.ts';
import { englishPublicationSchema, publicationSchema } from '@/schemas.ts';

// Read inside each test, not when the file loads, so mutation testing can tell which test reaches which code.
const readPublications = () => ({
  zh: publicationSchema.parse(parseYaml(readFileSync('content/meta/publication.yaml', 'utf8'))),
  en: englishPublicationSchema.parse(parseYaml(readFileSync('content/en/meta/publication.yaml', 'utf8'))),
});
const modified = new Date('2026-11-30T08:09:10.123Z');

describe('epubMetadata', () => {
  it('gives the Chinese edition the printed title, both authors with their pinyin sort forms, the periodical and the GB/T citation as source', () => {
    const publications = readPublications();
    const data = epubMetadata('zh-CN', publications, 'urn:uuid:x', modified);
    expect(data.title).toBe('党旗在副中心疫情防控一线高高飘扬');
    expect(data.creators).toEqual([
      { name: '常菁菁', fileAs: 'Chang, Jingjing' },
      { name: '焦超超', fileAs: 'Jiao, Chaochao' },
    ]);
    expect(data.translators).toEqual([]);
    expect(data.date).toBe('2022-06-18');
    expect(data.publisher).toBe('北京支部生活');
    expect(data.source).toContain('党旗在副中心疫情防控一线高高飘扬[J]');
    expect(data.modified).toBe('2026-11-30T08:09:10Z');
  });

  it('gives the English edition the English title, the names in pinyin and the translator', () => {
    const publications = readPublications();
    const data = epubMetadata('en', publications, 'urn:uuid:y', modified);
    expect(data.title).toBe(publications.en.title);
    expect(data.creators.map((creator) => creator.name)).toEqual(['Chang Jingjing', 'Jiao Chaochao']);
    expect(data.translators).toEqual(['The editors of this archive edition']);
    expect(data.lang).toBe('en');
  });
});

describe('editionIdentifier and epubTimestamp', () => {
  it('are stable: one identifier per edition whatever the build, and timestamps to the second in UTC', () => {
    expect(editionIdentifier('p', 'epub-zh')).toBe(editionIdentifier('p', 'epub-zh'));
    expect(editionIdentifier('p', 'epub-zh')).not.toBe(editionIdentifier('p', 'epub-en'));
    expect(editionIdentifier('p', 'epub-zh')).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(epubTimestamp(modified)).toBe('2026-11-30T08:09:10Z');
  });
});
