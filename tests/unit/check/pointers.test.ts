import { describe, expect, it } from 'vitest';
import { checkPointers, phraseIn, standsIn, type ParagraphRef } from '@/lib/check/pointers.ts';
import { CONTENT } from '@/lib/content/layout.ts';

const paragraphs = new Map<string, ParagraphRef>([
  ['vanguard-1', { text: '市级机关遴选的637名干部,3717名下沉干部。', file: 'v.mdx', line: 7 }],
  ['vanguard-2', { text: '5月1日,全鎮在职党员。', file: 'v.mdx', line: 9 }],
]);

describe('checkPointers', () => {
  it('accepts a phrase written as in the MDX or with full-width punctuation', () => {
    expect(
      checkPointers(
        'g.yaml',
        [
          { id: 'a', paragraph: 'vanguard-2', phrase: '5月1日,全鎮' },
          { id: 'b', paragraph: 'vanguard-2', phrase: '5月1日，全鎮' },
        ],
        paragraphs,
      ),
    ).toEqual([]);
  });

  it('names the file, line, entry, paragraph and phrase of a pointer that leads nowhere', () => {
    expect(checkPointers(CONTENT.glossary, [{ id: 'xiachen', paragraph: 'vanguard-7', phrase: '下沉干部', line: 4 }], paragraphs)).toEqual([
      'content/glossary.yaml:4: entry “xiachen”, field “paragraph”: expected vanguard-1 to vanguard-2, found “vanguard-7”, which does not exist; “下沉干部” stands in vanguard-1',
    ]);
    expect(
      checkPointers(CONTENT.glossary, [{ id: 'shuangbaodao', paragraph: 'vanguard-1', phrase: '双报到', line: 9 }], paragraphs),
    ).toEqual([
      'content/glossary.yaml:9: entry “shuangbaodao”, field “phrase”: expected “双报到” in paragraph vanguard-1 (v.mdx:7), found no such text there',
    ]);
  });

  it('accepts any of an entry’s forms, and names them all, and the data file’s own field names, when none stands there', () => {
    const entity = { id: 'cadres', paragraph: 'vanguard-2', phrase: '下沉干部', forms: ['下沉干部', '637名干部'], line: 5 };
    expect(checkPointers('e.yaml', [{ ...entity, paragraph: 'vanguard-1' }], paragraphs, 'forms', 'paragraphs')).toEqual([]);
    expect(
      checkPointers(
        'e.yaml',
        [
          { ...entity, phrase: '机关干部' },
          { ...entity, paragraph: 'vanguard-1', phrase: '637名干部' },
        ],
        paragraphs,
      ),
    ).toEqual([
      'e.yaml:5: entry “cadres”, field “phrase”: expected “机关干部” or “下沉干部” or “637名干部” in paragraph vanguard-2 (v.mdx:9), found no such text there; “机关干部” or “下沉干部” or “637名干部” stands in vanguard-1',
    ]);
    expect(checkPointers('e.yaml', [{ ...entity, paragraph: 'vanguard-3' }], paragraphs, 'forms', 'paragraphs')).toEqual([
      'e.yaml:5: entry “cadres”, field “paragraphs”: expected vanguard-1 to vanguard-2, found “vanguard-3”, which does not exist; “下沉干部” or “637名干部” stands in vanguard-1',
    ]);
  });

  it('leaves out the line when the entry has none', () => {
    expect(checkPointers('g.yaml', [{ id: 'a', paragraph: 'vanguard-1', phrase: '双报到' }], paragraphs)).toEqual([
      'g.yaml: entry “a”, field “phrase”: expected “双报到” in paragraph vanguard-1 (v.mdx:7), found no such text there',
    ]);
  });

  it('asks for an existing paragraph id when the part has no paragraphs, and reads a number of several digits', () => {
    expect(checkPointers('g.yaml', [{ id: 'a', paragraph: 'nowhere-1', phrase: '双报到' }], paragraphs)).toEqual([
      'g.yaml: entry “a”, field “paragraph”: expected an existing paragraph id, found “nowhere-1”, which does not exist',
    ]);
    expect(checkPointers('g.yaml', [{ id: 'a', paragraph: 'vanguard-12', phrase: '双报到' }], paragraphs)).toEqual([
      'g.yaml: entry “a”, field “paragraph”: expected vanguard-1 to vanguard-2, found “vanguard-12”, which does not exist',
    ]);
  });

  it('takes only the trailing number off a paragraph id to find its part', () => {
    const byYear = new Map<string, ParagraphRef>([
      ['y-2020-1', { text: '甲', file: 'y.mdx', line: 1 }],
      ['y-2020-2', { text: '乙', file: 'y.mdx', line: 3 }],
    ]);
    expect(checkPointers('g.yaml', [{ id: 'a', paragraph: 'y-2020-9', phrase: '丙' }], byYear)).toEqual([
      'g.yaml: entry “a”, field “paragraph”: expected y-2020-1 to y-2020-2, found “y-2020-9”, which does not exist',
    ]);
  });

  it('names the paragraphs a phrase moved to in article order, not map order', () => {
    const shuffled = new Map<string, ParagraphRef>([
      ['vanguard-2', { text: '下沉干部', file: 'v.mdx', line: 9 }],
      ['lede-1', { text: '下沉干部', file: 'l.mdx', line: 3 }],
    ]);
    expect(checkPointers('g.yaml', [{ id: 'a', paragraph: 'lede-9', phrase: '干部' }], shuffled)).toEqual([
      'g.yaml: entry “a”, field “paragraph”: expected lede-1, found “lede-9”, which does not exist; “干部” stands in lede-1, vanguard-2',
    ]);
  });
});

describe('standsIn and phraseIn', () => {
  it('find a phrase as the MDX writes it or with the full-width punctuation readers see, and nothing less', () => {
    expect(standsIn('5月1日,全鎮在职党员。', '5月1日,全鎮')).toBe(true);
    expect(standsIn('5月1日,全鎮在职党员。', '5月1日，全鎮')).toBe(true);
    expect(standsIn('5月1日，全鎮在职党员。', '5月1日,全鎮')).toBe(true);
    expect(standsIn('5月1日,全鎮在职党员。', '5月1日;全鎮')).toBe(false);
    expect(standsIn('5月1日,全鎮在职党员。', '全镇')).toBe(false);
  });

  it('phraseIn names every paragraph the phrase stands in, in order, and none when it stands nowhere', () => {
    expect(phraseIn('干部', paragraphs)).toEqual(['vanguard-1']);
    expect(phraseIn('。', paragraphs)).toEqual(['vanguard-1', 'vanguard-2']);
    expect(phraseIn('全鎮,在职', paragraphs)).toEqual([]);
  });
});
