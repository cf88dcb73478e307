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

  it('describes the Chinese edition by its title and the issue of the periodical it follows, certified by its editors', () => {
    const data = epubMetadata('zh-CN', readPublications(), 'urn:uuid:x', modified);
    expect(data.description).toBe(
      '《党旗在副中心疫情防控一线高高飘扬》的存档版电子书，正文依照《北京支部生活》2022年第6期原文，附勘误、名词解释、人物与地点、时间线和数字一览。',
    );
    expect(data.certifiedBy).toBe('本存档版编者');
    expect(data.accessibilitySummary).toMatch(/^本书是可重排的文字版/);
  });

  it('gives the English edition the English title, the names in pinyin and the translator', () => {
    const publications = readPublications();
    const data = epubMetadata('en', publications, 'urn:uuid:y', modified);
    expect(data.title).toBe(publications.en.title);
    expect(data.creators.map((creator) => creator.name)).toEqual(['Chang Jingjing', 'Jiao Chaochao']);
    expect(data.translators).toEqual(['The editors of this archive edition']);
    expect(data.lang).toBe('en');
  });

  it('describes the English edition by its title and the periodical in pinyin and Chinese with the issue, certified by its editors', () => {
    const data = epubMetadata('en', readPublications(), 'urn:uuid:y', modified);
    expect(data.description).toBe(
      'An archive edition of “The Party Flag Flies High on the Front Line of Epidemic Prevention and Control in the Sub-centre”, translated from the Chinese of Beijing Zhibu Shenghuo (北京支部生活), No. 6, 2022, with the corrections, glossary, people and places, timeline and figures.',
    );
    expect(data.publisher).toBe('The editors of this archive edition');
    expect(data.certifiedBy).toBe('The editors of this archive edition');
    expect(data.accessibilitySummary).toMatch(/^A reflowable text edition/);
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
