import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { glossaryTerm, popoverId, punctuationAround } from '../../../src/lib/text/glossary-popover.ts';

describe('popoverId', () => {
  it('names the language, so the parallel pages hold one popover of each language per term', () => {
    expect(popoverId('zh-CN', 'kakou')).toBe('g-kakou');
    expect(popoverId('en', 'kakou')).toBe('g-en-kakou');
  });
});

describe('glossaryTerm', () => {
  const [button, popover] = glossaryTerm({
    id: 'g-kakou',
    form: '卡口',
    definition: '设在小区出入口的检查点。',
    href: '../glossary/index.html#kakou',
    linkText: '查看名词解释',
  });

  it('makes the words a button that opens the popover with that id, with no script', () => {
    expect(toHtml(button)).toBe('<button type="button" popovertarget="g-kakou">卡口</button>');
  });

  it('puts the definition and a link to the entry in the popover, which the search index leaves out whole', () => {
    expect(toHtml(popover)).toBe(
      '<span popover="" id="g-kakou" data-pagefind-ignore="all">设在小区出入口的检查点。<a href="../glossary/index.html#kakou">查看名词解释</a></span>',
    );
  });
});

describe('punctuationAround', () => {
  it('counts the opening punctuation before a term and the closing punctuation after it', () => {
    const text = '在“蔬菜直通车”，售卖';
    expect(punctuationAround(text, 2, 7)).toEqual({ before: 1, after: 2 });
  });
  it('counts every mark of a run, two before and two after', () => {
    expect(punctuationAround('（“蔬菜直通车”）', 2, 7)).toEqual({ before: 2, after: 2 });
  });
  it('stops at the ends of the text', () => {
    expect(punctuationAround('“蔬菜”', 1, 3)).toEqual({ before: 1, after: 1 });
    expect(punctuationAround('蔬菜', 0, 2)).toEqual({ before: 0, after: 0 });
  });
  it('counts none where letters stand around the term, in Chinese or English', () => {
    expect(punctuationAround('区委下沉干部身穿', 2, 6)).toEqual({ before: 0, after: 0 });
    expect(punctuationAround('the (sub-centre), then', 5, 15)).toEqual({ before: 1, after: 2 });
  });
});
