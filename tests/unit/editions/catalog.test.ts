import { describe, expect, it } from 'vitest';
import { EDITIONS, edition } from '../../../scripts/editions/catalog.ts';

describe('EDITIONS', () => {
  it('gives each edition a file named for its language, with the extension and media type of its format', () => {
    expect(EDITIONS.map(({ id, file, mediaType }) => [id, file, mediaType])).toEqual([
      ['epub-zh', 'tongzhou-party-flag-zh.epub', 'application/epub+zip'],
      ['pdf-zh', 'tongzhou-party-flag-zh.pdf', 'application/pdf'],
      ['epub-en', 'tongzhou-party-flag-en.epub', 'application/epub+zip'],
    ]);
  });
});

describe('edition', () => {
  it('finds an edition by its id', () => {
    expect(edition('epub-en')).toEqual({
      id: 'epub-en',
      file: 'tongzhou-party-flag-en.epub',
      format: 'EPUB',
      lang: 'en',
      mediaType: 'application/epub+zip',
    });
    expect(edition('pdf-zh').file).toBe('tongzhou-party-flag-zh.pdf');
  });

  it('names the id it cannot find', () => {
    expect(() => edition('epub-fr' as never)).toThrow('no edition “epub-fr”');
  });
});
