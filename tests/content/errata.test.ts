import { describe, expect, it } from 'vitest';
import { renderedParagraph } from '@/lib/check/errata.ts';
import { CONTENT } from '@/lib/content/layout.ts';
import { partSources, readErrata, reference } from '../support/article.ts';

describe(`the errata (${CONTENT.errata})`, () => {
  const errata = readErrata();
  const vanguard = partSources().find((part) => part.id === 'vanguard')!;

  it('corrects 全鎮, printed in vanguard-5, to 全镇, with a reason and a date', () => {
    const quanzhen = errata.find((erratum) => erratum.printed === '全鎮');
    expect(quanzhen).toMatchObject({ paragraph: 'vanguard-5', corrected: '全镇' });
    expect(quanzhen!.reason).toMatch(/繁体字/);
    expect(quanzhen!.date.getTime()).not.toBeNaN();
  });

  it('leaves the MDX and the reference text as printed', () => {
    expect(vanguard.paragraphs[4]).toContain('号召全鎮在职党员');
    expect(reference().sections[1]!.paragraphs[4]).toContain('号召全鎮在职党员');
  });

  it('gives vanguard-5 the corrected reading, and nothing else changes', () => {
    const mine = errata.filter((erratum) => erratum.paragraph === 'vanguard-5');
    const text = renderedParagraph(vanguard.paragraphs[4]!, mine);
    expect(text).toContain('号召全镇在职党员');
    expect(text).not.toContain('全鎮');
    expect(Array.from(text)).toHaveLength(Array.from(vanguard.paragraphs[4]!).length);
  });
});
