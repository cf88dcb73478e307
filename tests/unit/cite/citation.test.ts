import { describe, expect, it } from 'vitest';
import {
  apa,
  apaTranslation,
  chicagoBibliography,
  chicagoNote,
  chicagoShortNote,
  chicagoTranslation,
  citationHtml,
  citedWork,
  gbt7714,
  plainText,
  type CitedWork,
} from '@/lib/cite/citation.ts';
import { readEnglishPublication, readPublication } from '../../support/article.ts';

const work: CitedWork = citedWork(readPublication(), readEnglishPublication());

const online = { url: 'https://example.org/archive/tongzhou/', accessed: '2025-03-01' };

/** The same article with four authors, for the rules that cut long author lists. */
const fourAuthors: CitedWork = {
  ...work,
  authors: ['甲一', '乙二', '丙三', '丁四'],
  romanized: {
    ...work.romanized,
    authors: [
      { family: 'Jia', given: 'Yi' },
      { family: 'Yi', given: 'Er' },
      { family: 'Bing', given: 'San' },
      { family: 'Ding', given: 'Si' },
    ],
  },
};

/** The same article by `count` authors: 姓1 … (romanised Xing1 Ming …), for the rules on long author lists. */
function byAuthors(count: number): CitedWork {
  const numbers = Array.from({ length: count }, (_, index) => index + 1);
  return {
    ...work,
    authors: numbers.map((n) => `姓${n}`),
    romanized: { ...work.romanized, authors: numbers.map((n) => ({ family: `Xing${n}`, given: 'Ming' })) },
  };
}

describe('the publication metadata for citations', () => {
  it('romanises every author, in the same order', () => {
    expect(work.romanized.authors).toHaveLength(work.authors.length);
  });

  it('divides the pinyin into words: 副中心 is one word, fuzhongxin', () => {
    expect(work.romanized.title).toBe('Dangqi zai fuzhongxin yiqing fangkong yixian gaogao piaoyang');
  });

  it('translates the title as the English edition does, spelling and all (sub-centre)', () => {
    expect(work.romanized.titleEnglish).toBe(
      'The Party flag flies high on the front line of epidemic prevention and control in the sub-centre',
    );
  });
});

describe('GB/T 7714—2015', () => {
  it('cites the journal article [J]: authors, title, journal, year(issue)', () => {
    expect(plainText(gbt7714(work))).toBe('常菁菁, 焦超超. 党旗在副中心疫情防控一线高高飘扬[J]. 北京支部生活, 2022(6).');
  });

  it('cites the online edition [J/OL] with the access date and the URL', () => {
    const runs = gbt7714(work, online);
    expect(plainText(runs)).toBe(
      '常菁菁, 焦超超. 党旗在副中心疫情防控一线高高飘扬[J/OL]. 北京支部生活, 2022(6)[2025-03-01]. https://example.org/archive/tongzhou/.',
    );
    expect(runs.filter((run) => run.accessDate).map((run) => run.text)).toEqual(['2025-03-01']);
  });

  it('names three authors at most, then 等', () => {
    expect(plainText(gbt7714(fourAuthors))).toBe('甲一, 乙二, 丙三, 等. 党旗在副中心疫情防控一线高高飘扬[J]. 北京支部生活, 2022(6).');
  });

  it('names all of three authors, without 等', () => {
    expect(plainText(gbt7714(byAuthors(3)))).toBe('姓1, 姓2, 姓3. 党旗在副中心疫情防控一线高高飘扬[J]. 北京支部生活, 2022(6).');
  });

  it('leaves no empty run: an empty access date is dropped and the plain text around it joined', () => {
    expect(gbt7714(work, { url: online.url, accessed: '' })).toEqual([
      { text: '常菁菁, 焦超超. 党旗在副中心疫情防控一线高高飘扬[J/OL]. 北京支部生活, 2022(6)[]. https://example.org/archive/tongzhou/.' },
    ]);
  });
});

describe('APA 7', () => {
  const title =
    'Dangqi zai fuzhongxin yiqing fangkong yixian gaogao piaoyang [The Party flag flies high on the front line of epidemic prevention and control in the sub-centre]';

  it('cites a magazine article: the date of the issue, the title transliterated and translated, the magazine italicised', () => {
    const runs = apa(work);
    expect(plainText(runs)).toBe(`Chang, J., & Jiao, C. (2022, June 18). ${title}. Beijing Zhibu Shenghuo, (6).`);
    expect(runs.filter((run) => run.italic).map((run) => run.text)).toEqual(['Beijing Zhibu Shenghuo']);
  });

  it('ends with the URL, without a full stop, when the edition is online', () => {
    expect(plainText(apa(work, online))).toBe(
      `Chang, J., & Jiao, C. (2022, June 18). ${title}. Beijing Zhibu Shenghuo, (6). https://example.org/archive/tongzhou/`,
    );
  });

  it('joins more authors with commas and an ampersand', () => {
    expect(plainText(apa(fourAuthors))).toMatch(/^Jia, Y\., Yi, E\., Bing, S\., & Ding, S\. \(2022, June 18\)\./);
  });

  it('gives the runs as plain text, the italic magazine, then the issue and URL joined in one plain run', () => {
    expect(apa(work, online)).toEqual([
      { text: `Chang, J., & Jiao, C. (2022, June 18). ${title}. ` },
      { text: 'Beijing Zhibu Shenghuo', italic: true },
      { text: ', (6). https://example.org/archive/tongzhou/' },
    ]);
  });

  it('names a single author without an ampersand', () => {
    expect(plainText(apa(byAuthors(1)))).toBe(`Xing1, M. (2022, June 18). ${title}. Beijing Zhibu Shenghuo, (6).`);
  });

  it('lists up to twenty authors in full', () => {
    expect(plainText(apa(byAuthors(20)))).toBe(
      'Xing1, M., Xing2, M., Xing3, M., Xing4, M., Xing5, M., Xing6, M., Xing7, M., Xing8, M., Xing9, M., Xing10, M., ' +
        'Xing11, M., Xing12, M., Xing13, M., Xing14, M., Xing15, M., Xing16, M., Xing17, M., Xing18, M., Xing19, M., & Xing20, M. ' +
        `(2022, June 18). ${title}. Beijing Zhibu Shenghuo, (6).`,
    );
  });

  it('gives the first nineteen of twenty-one or more authors, an ellipsis, and the last', () => {
    expect(plainText(apa(byAuthors(21)))).toBe(
      'Xing1, M., Xing2, M., Xing3, M., Xing4, M., Xing5, M., Xing6, M., Xing7, M., Xing8, M., Xing9, M., Xing10, M., ' +
        'Xing11, M., Xing12, M., Xing13, M., Xing14, M., Xing15, M., Xing16, M., Xing17, M., Xing18, M., Xing19, M., . . . Xing21, M. ' +
        `(2022, June 18). ${title}. Beijing Zhibu Shenghuo, (6).`,
    );
  });

  it('gives an initial for each word of the given name, spaced, ignoring extra spaces', () => {
    const spaced = { ...work, romanized: { ...work.romanized, authors: [{ family: 'Sima', given: ' Jing  jing ' }] } };
    expect(plainText(apa(spaced))).toBe(`Sima, J. J. (2022, June 18). ${title}. Beijing Zhibu Shenghuo, (6).`);
  });

  it('capitalises every word of the magazine, the first included', () => {
    const lower = { ...work, romanized: { ...work.romanized, periodical: 'zhongguo qingnian bao' } };
    expect(apa(lower).filter((run) => run.italic)).toEqual([{ text: 'Zhongguo Qingnian Bao', italic: true }]);
  });

  it.each([
    ['2022-01-05', '2022, January 5'],
    ['2022-02-10', '2022, February 10'],
    ['2022-03-15', '2022, March 15'],
    ['2022-04-01', '2022, April 1'],
    ['2022-05-31', '2022, May 31'],
    ['2022-07-04', '2022, July 4'],
    ['2022-08-20', '2022, August 20'],
    ['2022-09-09', '2022, September 9'],
    ['2022-10-28', '2022, October 28'],
    ['2022-11-11', '2022, November 11'],
    ['2022-12-31', '2022, December 31'],
  ])('writes the issue of %s as (%s)', (day, expected) => {
    expect(plainText(apa({ ...work, date: new Date(`${day}T00:00:00Z`) }))).toBe(
      `Chang, J., & Jiao, C. (${expected}). ${title}. Beijing Zhibu Shenghuo, (6).`,
    );
  });
});

describe('Chicago notes-bibliography', () => {
  const title =
    '“Dangqi zai fuzhongxin yiqing fangkong yixian gaogao piaoyang” 党旗在副中心疫情防控一线高高飘扬 [The Party flag flies high on the front line of epidemic prevention and control in the sub-centre]';

  it('gives the full note of a magazine article, cited by its date: names in pinyin with characters, family name first', () => {
    const runs = chicagoNote(work);
    expect(plainText(runs)).toBe(
      `Chang Jingjing 常菁菁 and Jiao Chaochao 焦超超, ${title}, Beijing zhibu shenghuo 北京支部生活, June 18, 2022.`,
    );
    expect(runs.filter((run) => run.italic).map((run) => run.text)).toEqual(['Beijing zhibu shenghuo']);
  });

  it('puts the URL at the end of the note when the edition is online', () => {
    expect(plainText(chicagoNote(work, online))).toBe(
      `Chang Jingjing 常菁菁 and Jiao Chaochao 焦超超, ${title}, Beijing zhibu shenghuo 北京支部生活, June 18, 2022, https://example.org/archive/tongzhou/.`,
    );
  });

  it('gives the short note: family names and the first four words of the title', () => {
    expect(plainText(chicagoShortNote(work))).toBe('Chang and Jiao, “Dangqi zai fuzhongxin yiqing.”');
  });

  it('gives the bibliography entry, full stops between the parts', () => {
    expect(plainText(chicagoBibliography(work))).toBe(
      `Chang Jingjing 常菁菁 and Jiao Chaochao 焦超超. ${title}. Beijing zhibu shenghuo 北京支部生活, June 18, 2022.`,
    );
    expect(plainText(chicagoBibliography(work, online))).toBe(
      `Chang Jingjing 常菁菁 and Jiao Chaochao 焦超超. ${title}. Beijing zhibu shenghuo 北京支部生活, June 18, 2022. https://example.org/archive/tongzhou/.`,
    );
  });

  it('cuts a note to the first author and et al. past three authors; lists three with a serial comma', () => {
    expect(plainText(chicagoNote(fourAuthors))).toMatch(/^Jia Yi 甲一 et al\., “/);
    expect(plainText(chicagoShortNote(fourAuthors))).toBe('Jia et al., “Dangqi zai fuzhongxin yiqing.”');
    const three = {
      ...fourAuthors,
      authors: fourAuthors.authors.slice(0, 3),
      romanized: { ...fourAuthors.romanized, authors: fourAuthors.romanized.authors.slice(0, 3) },
    };
    expect(plainText(chicagoBibliography(three))).toMatch(/^Jia Yi 甲一, Yi Er 乙二, and Bing San 丙三\. “/);
  });

  it('names all of three authors in the notes', () => {
    expect(plainText(chicagoNote(byAuthors(3)))).toBe(
      `Xing1 Ming 姓1, Xing2 Ming 姓2, and Xing3 Ming 姓3, ${title}, Beijing zhibu shenghuo 北京支部生活, June 18, 2022.`,
    );
    expect(plainText(chicagoShortNote(byAuthors(3)))).toBe('Xing1, Xing2, and Xing3, “Dangqi zai fuzhongxin yiqing.”');
  });

  it('counts the words of the short title across runs of spaces', () => {
    const spaced = { ...work, romanized: { ...work.romanized, title: 'Dangqi  zai   fuzhongxin yiqing fangkong' } };
    expect(plainText(chicagoShortNote(spaced))).toBe('Chang and Jiao, “Dangqi zai fuzhongxin yiqing.”');
  });

  it('lists up to ten authors in the bibliography', () => {
    expect(plainText(chicagoBibliography(byAuthors(10)))).toBe(
      'Xing1 Ming 姓1, Xing2 Ming 姓2, Xing3 Ming 姓3, Xing4 Ming 姓4, Xing5 Ming 姓5, Xing6 Ming 姓6, Xing7 Ming 姓7, ' +
        `Xing8 Ming 姓8, Xing9 Ming 姓9, and Xing10 Ming 姓10. ${title}. Beijing zhibu shenghuo 北京支部生活, June 18, 2022.`,
    );
  });

  it('gives the first seven of more than ten authors and et al in the bibliography', () => {
    expect(plainText(chicagoBibliography(byAuthors(11)))).toBe(
      'Xing1 Ming 姓1, Xing2 Ming 姓2, Xing3 Ming 姓3, Xing4 Ming 姓4, Xing5 Ming 姓5, Xing6 Ming 姓6, Xing7 Ming 姓7, et al. ' +
        `${title}. Beijing zhibu shenghuo 北京支部生活, June 18, 2022.`,
    );
  });

  it('writes an author without a romanised name by the characters alone', () => {
    const partly = { ...work, romanized: { ...work.romanized, authors: work.romanized.authors.slice(0, 1) } };
    expect(plainText(chicagoNote(partly))).toBe(
      `Chang Jingjing 常菁菁 and 焦超超, ${title}, Beijing zhibu shenghuo 北京支部生活, June 18, 2022.`,
    );
  });
});

describe('citationHtml', () => {
  it('escapes the text, wraps italics in <i> and marks the access date', () => {
    expect(citationHtml([{ text: 'A & <B> ' }, { text: 'J', italic: true }, { text: '2025-03-01', accessDate: true }])).toBe(
      'A &amp; &lt;B&gt; <i>J</i><span data-access-date>2025-03-01</span>',
    );
  });

  it('escapes straight double quotes in either script', () => {
    const runs = [{ text: 'Say "ni hao" 你好' }];
    expect(citationHtml(runs)).toBe('Say &quot;ni hao&quot; 你好');
    expect(citationHtml(runs, 'en')).toBe('Say &quot;ni hao&quot; <span lang="zh-CN">你好</span>');
  });

  it('marks the Chinese of a Latin-script citation, and leaves a Chinese citation as it is', () => {
    const runs = [{ text: 'Chang Jingjing 常菁菁. ' }, { text: 'Beijing zhibu shenghuo', italic: true }, { text: ' 北京支部生活, no. 6.' }];
    expect(citationHtml(runs, 'en')).toBe(
      'Chang Jingjing <span lang="zh-CN">常菁菁</span>. <i>Beijing zhibu shenghuo</i> <span lang="zh-CN">北京支部生活</span>, no. 6.',
    );
    expect(citationHtml(runs)).toBe('Chang Jingjing 常菁菁. <i>Beijing zhibu shenghuo</i> 北京支部生活, no. 6.');
  });
});

describe('citations of the translation', () => {
  const translation = {
    title: 'The Party Flag Flies High',
    titleSentenceCase: 'The Party flag flies high',
    by: 'the editors of this archive edition',
    year: 2026,
  };

  it('APA 7: the translation’s year, its title in italics, the translators, and the year of the original', () => {
    const runs = apaTranslation(work, translation, { url: 'https://example.org/en/' });
    expect(plainText(runs)).toBe(
      'Chang, J., & Jiao, C. (2026). The Party flag flies high (The editors of this archive edition, Trans.). https://example.org/en/ (Original work published 2022)',
    );
    expect(runs.filter((run) => run.italic).map((run) => run.text)).toEqual(['The Party flag flies high']);
  });

  it('Chicago: the authors with their characters, the English title, the translators and the original periodical', () => {
    expect(plainText(chicagoTranslation(work, translation))).toBe(
      'Chang Jingjing 常菁菁 and Jiao Chaochao 焦超超. “The Party Flag Flies High.” Translated by the editors of this archive edition, 2026. ' +
        'Originally published in Beijing zhibu shenghuo 北京支部生活, June 18, 2022.',
    );
  });

  it('APA 7: joins three authors with commas and an ampersand; no URL when the translation is not online', () => {
    expect(plainText(apaTranslation(byAuthors(3), translation))).toBe(
      'Xing1, M., Xing2, M., & Xing3, M. (2026). The Party flag flies high (The editors of this archive edition, Trans.). (Original work published 2022)',
    );
  });

  it('APA 7: names a single author without an ampersand', () => {
    expect(plainText(apaTranslation(byAuthors(1), translation))).toBe(
      'Xing1, M. (2026). The Party flag flies high (The editors of this archive edition, Trans.). (Original work published 2022)',
    );
  });

  it('Chicago: ends with the URL and a full stop when the translation is online', () => {
    expect(plainText(chicagoTranslation(work, translation, { url: 'https://example.org/en/' }))).toBe(
      'Chang Jingjing 常菁菁 and Jiao Chaochao 焦超超. “The Party Flag Flies High.” Translated by the editors of this archive edition, 2026. ' +
        'Originally published in Beijing zhibu shenghuo 北京支部生活, June 18, 2022. https://example.org/en/.',
    );
  });
});
