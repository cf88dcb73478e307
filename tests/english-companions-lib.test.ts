import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { chartDescription, figureNumeral, figuresChart, textEms, wrapWords } from '@/lib/graphics/chart.ts';
import { apaTranslation, chicagoTranslation, citationHtml, citedWork, plainText, type CitedWork } from '@/lib/cite/citation.ts';
import { englishReaderText, standsInWords } from '@/lib/check/english-companions.ts';
import { keepFirstGlossaryLinks } from '@/integrations/postbuild/glossary-links.ts';
import { excerpt, findMentions, indexOfForm } from '@/lib/text/mentions.ts';
import { scriptRuns } from '@/lib/text/script-runs.ts';
import { englishPublicationSchema, publicationSchema } from '@/schemas.ts';
import { read } from './support/article.ts';
import { chartFigure } from './support/companions.ts';

/** A chart figure counted in people, labelled in English unless said otherwise. */
const fig = (id: string, value: number, approx: boolean, unit = 'people', label = 'Label') => chartFigure(id, value, approx, unit, label);

describe('matching English words', () => {
  it('finds a form only as whole words, case and all', () => {
    expect(indexOfForm('the shock teams and the shock team', 'shock team', 0, { words: true })).toBe(24);
    expect(indexOfForm('the shock teams', 'shock team')).toBe(4);
    expect(standsInWords('a Party-member shock team.', 'shock team')).toBe(true);
    expect(standsInWords('checkpoints', 'checkpoint')).toBe(false);
    expect(standsInWords('a Checkpoint', 'checkpoint')).toBe(false);
    expect(standsInWords('No. 8 Jufu', '8')).toBe(true);
    expect(standsInWords('No. 88 Jufu', '8')).toBe(false);
  });

  it('takes the longest of the forms starting at one place, and skips forms inside longer words', () => {
    const entries = [
      { id: 'team', forms: ['shock team', 'shock teams'] },
      { id: 'party', forms: ['Party'] },
    ];
    expect(findMentions('Party-member shock teams of the Partyline', entries, { words: true }).map((m) => [m.id, m.form])).toEqual([
      ['party', 'Party'],
      ['team', 'shock teams'],
    ]);
  });

  it('reads an English MDX paragraph as readers see it', () => {
    expect(englishReaderText('Yin Zhonglong (<Zh>殷忠龙</Zh>), head')).toBe('Yin Zhonglong (殷忠龙), head');
  });

  it('cuts an English excerpt between words', () => {
    const text = 'At the gate of Cuipingbeili Community in Jiukeshu Subdistrict, Tongzhou District, a red publicity board catches the eye';
    const around = excerpt(text, ['Jiukeshu Subdistrict'], 20, { words: true })!;
    expect(around).toEqual({
      before: 'Community in ',
      match: 'Jiukeshu Subdistrict',
      after: ', Tongzhou',
      cutStart: true,
      cutEnd: true,
    });
    // Without `words` the cut falls mid-word, as Chinese has no spaces to cut at.
    expect(excerpt(text, ['Jiukeshu Subdistrict'], 20)!.before).toBe('gbeili Community in ');
  });
});

describe('Chinese runs in English text', () => {
  it('splits out each run of Han characters and CJK punctuation', () => {
    // Curly quotation marks are shared by both languages and stay outside the runs.
    expect(scriptRuns('Lianhuasi Community (莲花寺社区), “两新”组织 and 3万余')).toEqual([
      { text: 'Lianhuasi Community (', chinese: false },
      { text: '莲花寺社区', chinese: true },
      { text: '), “', chinese: false },
      { text: '两新', chinese: true },
      { text: '”', chinese: false },
      { text: '组织', chinese: true },
      { text: ' and 3', chinese: false },
      { text: '万余', chinese: true },
    ]);
    expect(scriptRuns('北京 · 通州')).toEqual([{ text: '北京 · 通州', chinese: true }]);
    expect(scriptRuns('English only')).toEqual([{ text: 'English only', chinese: false }]);
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
  const work: CitedWork = citedWork(
    publicationSchema.parse(parseYaml(read('content/meta/publication.yaml'))),
    englishPublicationSchema.parse(parseYaml(read('content/en/meta/publication.yaml'))),
  );
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

describe('the figures chart in English', () => {
  const people = [fig('a', 637, false), fig('b', 5300, true), fig('c', 3717, false)];
  const apart = [
    fig('d', 30_000, true, 'person-times', 'In-service Party members'),
    fig('e', 2100, true, 'organisations', 'Organisations'),
  ];

  it('writes numerals the English way: thousands separated, “more than” as +', () => {
    expect(figureNumeral(30_000, true, 'en')).toBe('30,000+');
    expect(figureNumeral(3717, false, 'en')).toBe('3,717');
    expect(figureNumeral(30_000, true)).toBe('3万余');
  });

  it('labels bars with numeral and unit, ticks with separators, and its words in English', () => {
    const layout = figuresChart(people, apart, { lang: 'en' });
    expect(layout.bars.map((bar) => bar.text)).toEqual(['5,300+ people', '3,717 people', '637 people']);
    expect(layout.axis.ticks.map((tick) => tick.label)).toEqual(['0', '2,000', '4,000', '6,000']);
    expect(layout.peopleHeading.text).toBe('People (one scale)');
    expect(layout.legend?.text).toBe('Dashed: “more than” in the original');
  });

  it('puts a callout’s unit before its label and starts the label after the widest numeral', () => {
    const layout = figuresChart(people, apart, { lang: 'en' });
    const [first] = layout.callouts;
    expect(first?.unitAfterNumeral).toBe(false);
    expect(first?.lines.map((line) => line.text).join(' ')).toBe('person-times: In-service Party members');
    const numeralWidth = textEms('30,000+') * layout.fontSize * 1.8;
    expect(first!.labelX).toBeGreaterThan(layout.fontSize * 0.8 + numeralWidth);
    // The Chinese chart keeps its unit after the numeral and its label at 9 ems.
    const chinese = figuresChart(people, [fig('d', 30_000, true, '人次', '在职党员')]);
    expect(chinese.callouts[0]).toMatchObject({ unitAfterNumeral: true, labelX: 13 * 9 });
  });

  it('stops a label too long to stand beside its value, naming it', () => {
    const long = fig('x', 637, false, 'people', 'Cadres selected by the municipal-level organs');
    expect(() => figuresChart([long], [], { lang: 'en' })).toThrow(
      /label “Cadres selected by the municipal-level organs” of x is too long/,
    );
  });

  it('wraps words within the width, never inside a word', () => {
    expect(wrapWords('in-service Party members going to the front lines', 10)).toEqual([
      'in-service Party',
      'members going to',
      'the front lines',
    ]);
    expect(wrapWords('supercalifragilistic', 3)).toEqual(['supercalifragilistic']);
  });

  it('says the chart in English words for its description', () => {
    expect(chartDescription(people, apart, 'en')).toBe(
      'Bar chart of the counts of people in the article, on one scale: Label, 5,300+ people; Label, 3,717 people; Label, 637 people. ' +
        'Counted apart, in other units, not on the scale: In-service Party members, 30,000+ person-times; Organisations, 2,100+ organisations. ' +
        'A plus sign means “more than”: the article gives a lower bound.',
    );
  });
});

describe('keepFirstGlossaryLinks on a page in both languages', () => {
  const link = (href: string, id: string, text: string) =>
    `<a href="${href}" class="glossary-term" data-glossary="${id}" title="t">${text}</a>`;

  it('keeps the first link of each language: one to the Chinese entry, one to the English', () => {
    const zh = link('/glossary/#kakou', 'kakou', '卡口');
    const en = link('/en/glossary/#kakou', 'kakou', 'checkpoint');
    const html = `<p>${zh}</p><p>${en}</p><p>${zh}</p><p>${en}</p>`;
    expect(keepFirstGlossaryLinks(html)).toEqual({ html: `<p>${zh}</p><p>${en}</p><p>卡口</p><p>checkpoint</p>`, unwrapped: 2 });
  });
});
