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
});

describe('citationHtml', () => {
  it('escapes the text, wraps italics in <i> and marks the access date', () => {
    expect(citationHtml([{ text: 'A & <B> ' }, { text: 'J', italic: true }, { text: '2025-03-01', accessDate: true }])).toBe(
      'A &amp; &lt;B&gt; <i>J</i><span data-access-date>2025-03-01</span>',
    );
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
});
