import { describe, expect, it } from 'vitest';
import { checkEnglishText, englishOnly } from '@/lib/check/english-text.ts';
import { paragraphRefs } from '../../support/paragraph-refs.ts';

const english = (texts: Record<string, string>) => paragraphRefs('en.mdx', texts);
const chinese = (texts: Record<string, string>) => new Map(Object.entries(texts));

describe('englishOnly', () => {
  it('blanks out each <Zh> span, spaces inside it too, with as many spaces as it has characters', () => {
    expect(englishOnly('the <Zh>第5 中队</Zh> squad')).toBe('the' + ' '.repeat(16) + 'squad');
  });
});

describe('checkEnglishText', () => {
  it('finds nothing when the English keeps the figures and quotes a Chinese name (with a space in it) from its paragraph', () => {
    expect(checkEnglishText(english({ p: 'Squad 5 (<Zh>第5 中队</Zh>) had 3 members' }), chinese({ p: '第5 中队有3人' }))).toEqual([]);
  });

  it('names an English paragraph that lacks a figure of the Chinese, and marks it failed', () => {
    const failed = new Set<string>();
    expect(checkEnglishText(english({ p: 'The members gathered' }), chinese({ p: '3人集合' }), new Set(), failed)).toEqual([
      'en.mdx:5: English paragraph p has the figures [], expected those of the Chinese paragraph [3]: each figure is kept, 3万余 as “more than 30,000”, 5月3日 as “May 3”',
    ]);
    expect(failed).toEqual(new Set(['p']));
  });

  it('names Chinese characters outside <Zh>, quoting them without the blanked span after them', () => {
    expect(checkEnglishText(english({ p: 'the paper 《<Zh>前锋</Zh>》' }), chinese({ p: '《前锋》' }))).toEqual([
      'en.mdx:5:11: English paragraph p: expected Chinese characters only inside <Zh>…</Zh>, found “《” outside',
    ]);
  });

  it('names the characters of a name given again after its first mention, at the characters', () => {
    const texts = { p: 'Li (<Zh>李</Zh>) came', q: 'Then Li (<Zh>李</Zh>) left' };
    expect(checkEnglishText(english(texts), chinese({ p: '李来了', q: '李走了' }))).toEqual([
      'en.mdx:5:14: English paragraph q: expected the characters of a name only at its first mention, found <Zh>李</Zh> again (first in p)',
    ]);
  });
});
