import { describe, expect, it } from 'vitest';
import { unpairedParagraphs, type Unpaired } from '@/lib/check/english-alignment.ts';

const zh = (index: number): Unpaired => ({ language: 'zh', index });
const en = (index: number): Unpaired => ({ language: 'en', index });

const came = 'On May 3, 637 people came.';
const cameZh = '5月3日，637人到场。';

describe('unpairedParagraphs', () => {
  it('pairs every paragraph when the counts agree, however unlike they are', () => {
    expect(unpairedParagraphs([cameZh], ['Nobody came.'])).toEqual([]);
  });

  it('finds a Chinese paragraph the translation lacks at the start', () => {
    expect(unpairedParagraphs(['殷忠龙带队出发。', cameZh], [came])).toEqual([zh(0)]);
  });

  it('finds Chinese paragraphs the translation lacks on both sides of its twin', () => {
    expect(unpairedParagraphs(['殷忠龙带队出发。', cameZh, '大家都很高兴。'], [came])).toEqual([zh(0), zh(2)]);
  });

  it('finds an English paragraph too many at the start and at the end', () => {
    expect(unpairedParagraphs([cameZh], ['Yin Zhonglong led them out.', came])).toEqual([en(0)]);
    expect(unpairedParagraphs([cameZh], [came, 'Yin Zhonglong led them out.'])).toEqual([en(1)]);
  });

  it('leaves out the first of two paragraphs equally like the translation', () => {
    expect(unpairedParagraphs(['大家都来了。', '大家都来了。'], ['Everyone came.'])).toEqual([zh(0)]);
  });

  it('reads a missing paragraph (a hole in the list) as an empty one', () => {
    const chinese = [''];
    chinese.length = 2;
    expect(unpairedParagraphs(chinese, ['Everyone came.'])).toEqual([zh(0)]);
    const english = [''];
    english.length = 2;
    expect(unpairedParagraphs(['大家都来了。'], english)).toEqual([en(0)]);
  });
});

describe('how alike a Chinese and an English paragraph are', () => {
  it('counts the figures they share', () => {
    expect(unpairedParagraphs(['5月3日有637人。', '6月4日有512人。'], [came])).toEqual([zh(1)]);
  });

  it('counts a figure the Chinese repeats only as often as the English has it', () => {
    expect(unpairedParagraphs(['3人走了3天3夜。', '3人走了7天9夜。'], ['3 people walked for 7 days.'])).toEqual([zh(0)]);
  });

  it('still finds a shared figure after one the English lacks', () => {
    expect(unpairedParagraphs(['9人走了7天。', '9人走了8天。'], ['3 people walked for 7 days.'])).toEqual([zh(1)]);
  });

  it('counts figures in one language only against the pairing', () => {
    expect(unpairedParagraphs(['他们很快都来了。', '他们3月来了5天。'], ['They all came soon.'])).toEqual([zh(1)]);
    expect(unpairedParagraphs(['他们都来了。'], ['They came at once.', 'In 1958, 637 came.'])).toEqual([en(1)]);
  });

  it('weighs a shared figure above two figures the English lacks', () => {
    const chinese = ['共637人，分3批，走了5天。', '共计八百多人，分作2批都来了。'];
    expect(unpairedParagraphs(chinese, ['In all, 637 came.'])).toEqual([zh(1)]);
  });

  it('reads the English figures with the <Zh> quotes taken out', () => {
    expect(unpairedParagraphs(['5月3日他们来了。', '他们一共来了3次。'], ['On May <Zh>五月</Zh>3, they came.'])).toEqual([zh(1)]);
  });

  it('counts the Chinese names the English quotes in <Zh>', () => {
    const english = ['Yin Zhonglong (<Zh>殷忠龙</Zh>) led them out.'];
    expect(unpairedParagraphs(['殷忠龙带队出发了。', '队员们一早就出发。'], english)).toEqual([zh(1)]);
  });

  it('reads a <Zh> quote that holds a space', () => {
    expect(unpairedParagraphs(['他们住在巨福 小区。', '他们住在城东的老街。'], ['They lived in <Zh>巨福 小区</Zh>.'])).toEqual([zh(1)]);
  });

  it('counts a known word found in both, in any of its forms', () => {
    const pairs = [{ zh: ['卡口', '检查站'], en: ['checkpoint', 'check post'] }];
    expect(unpairedParagraphs(['他们设了卡口。', '他们都回家了。'], ['They set up a checkpoint.'], pairs)).toEqual([zh(1)]);
  });

  it('counts a known word found in one language only against the pairing', () => {
    const pairs = [{ zh: ['卡口'], en: ['checkpoint'] }];
    expect(unpairedParagraphs(['他们都回家了。', '他们设了卡口。'], ['They all went home.'], pairs)).toEqual([zh(1)]);
  });

  it('prefers the paragraph whose length fits the usual ratio of the languages', () => {
    const english = ['They set up a checkpoint at the crossing and kept watch day and night.'];
    expect(unpairedParagraphs(['他们在路口设了卡口，日夜值守。', '他们走了。'], english)).toEqual([zh(1)]);
  });

  it('judges lengths by the ratio of the whole texts', () => {
    const chinese = ['他们在路口设了卡口值守。', '天黑了。', '第二天都回家了。'];
    expect(unpairedParagraphs(chinese, ['They kept watch day.', 'The next day, they all went back home.'])).toEqual([zh(1)]);
  });
});
