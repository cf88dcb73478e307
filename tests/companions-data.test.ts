import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { figureNumeral } from '@/lib/graphics/chart.ts';
import { findMentions, firstMentions } from '@/lib/text/mentions.ts';
import { entitySchema, figuresSchema, glossaryEntrySchema, publicationSchema, timelineEventSchema } from '@/schemas.ts';
import { readContent } from '@/integrations/content-check.ts';
import { checkContent } from '@/lib/check/content-check.ts';
import { ledger, read } from './support/article.ts';
import { entities, glossary, paragraphs, rawData, timeline } from './support/companions.ts';

const texts = paragraphs();
const ids = [...texts.keys()];
const figures = figuresSchema.parse(ledger());

describe('glossary (content/glossary.yaml)', () => {
  const entries = glossary();
  const named = entries.map((entry) => ({ id: entry.id, forms: [entry.term, ...entry.forms] }));

  it('is valid, with unique ids and terms', () => {
    expect(glossaryEntrySchema.array().safeParse(rawData('glossary')).success).toBe(true);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(new Set(entries.map((e) => e.term)).size).toBe(entries.length);
  });

  it('explains at least the terms the issue asks for', () => {
    const terms = entries.map((e) => e.term);
    for (const term of [
      '下沉干部',
      '在职党员“双报到”',
      '“两新”组织',
      '临时党支部',
      '党员突击队',
      '四长管控',
      '一表、一册、一图',
      '大白',
      '卡口',
      '核酸检测',
      '管控区',
      '封控小区',
      '流调',
      '蔬菜直通车',
      '副中心',
    ]) {
      expect(terms).toContain(term);
    }
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s: its term and every form occur in the article', (_id, entry) => {
    const article = [...texts.values()].join('\n');
    for (const form of [entry.term, ...entry.forms]) expect(article, form).toContain(form);
  });

  it('points each entry at the paragraph where its term first stands, in that order (the content check’s rules)', () => {
    // tests/companion-rules.test.ts shows each of these rules catching its mistake.
    expect(checkContent(readContent('.')).problems.filter((problem) => problem.startsWith('content/glossary.yaml'))).toEqual([]);
    const first = firstMentions([...texts.values()], named);
    expect(entries.map((e) => ids[first.get(e.id)?.index ?? -1])).toEqual(entries.map((e) => e.paragraph));
  });

  it('defines every term in whole Chinese sentences with full-width punctuation', () => {
    for (const entry of entries) {
      expect(entry.definition.match(/[\u4e00-\u9fff]/g)?.length ?? 0).toBeGreaterThanOrEqual(20);
      expect(entry.definition).not.toMatch(/[,:;?!()]/);
      expect(entry.definition.endsWith('。')).toBe(true);
      expect(entry.definition.length).toBeGreaterThan(entry.term.length * 4);
    }
  });

  it('rejects a broken entry, naming the field', () => {
    const [first] = rawData('glossary') as Record<string, unknown>[];
    const broken = { ...first, id: 'Xia Chen', definition: 'a, b', paragraph: 'epilogue-1' };
    const result = glossaryEntrySchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['definition', 'id', 'paragraph']);
  });
});

describe('timeline (content/timeline.yaml)', () => {
  const events = timeline();
  const publication = publicationSchema.parse(parseYaml(read('content/meta/publication.yaml')));

  it('is valid, with unique ids, and holds the two dated events of the text and the publication', () => {
    expect(timelineEventSchema.array().safeParse(rawData('timeline')).success).toBe(true);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events.map((e) => e.date.toISOString().slice(0, 10))).toEqual(['2022-05-01', '2022-05-03', '2022-06-18']);
  });

  it('quotes its paragraphs, dates each event as its ledger entry, and has an event for every date (the content check’s rules)', () => {
    expect(checkContent(readContent('.')).problems.filter((problem) => problem.startsWith('content/timeline.yaml'))).toEqual([]);
    const dated = figures.filter((f) => f.kind === 'date').map((f) => f.id);
    expect(events.flatMap((e) => (e.source === 'article' ? [e.figure] : [])).sort()).toEqual(dated.sort());
  });

  it('dates the publication as the metadata does', () => {
    const event = events.find((e) => e.source === 'publication')!;
    expect(event.date).toEqual(publication.date);
    expect(event.title).toContain(`《${publication.periodical}》${publication.issue}`);
  });
});

describe('who and where (content/entities.yaml)', () => {
  const list = entities();

  it('is valid, with unique ids and names', () => {
    expect(entitySchema.array().safeParse(rawData('entities')).success).toBe(true);
    expect(new Set(list.map((e) => e.id)).size).toBe(list.length);
    expect(new Set(list.map((e) => e.name)).size).toBe(list.length);
  });

  it('names at least the people, places and organisations the issue lists', () => {
    const names = (kind: string) => list.filter((e) => e.kind === kind).map((e) => e.name);
    expect(names('person')).toEqual(expect.arrayContaining(['于其舰', '马欢', '殷忠龙']));
    expect(names('place')).toEqual(
      expect.arrayContaining([
        '九棵树街道翠屏北里社区',
        '中仓街道莲花寺社区',
        '于家务回族乡',
        '通运街道牡丹雅园小区',
        '杨庄街道',
        '梨园镇',
      ]),
    );
    const orgs = names('organisation').join('|');
    for (const org of [
      '中体盛世',
      '链家集团通州分公司',
      '北京辉诺律师事务所',
      '国美控股集团',
      '京东',
      '通州区司法局',
      '区城市管理委',
      '疾控中心',
    ]) {
      expect(orgs).toContain(org);
    }
  });

  it('lists exactly the paragraphs naming each entry, and each kind in the order the article names them (the content check’s rules)', () => {
    expect(checkContent(readContent('.')).problems.filter((problem) => problem.startsWith('content/entities.yaml'))).toEqual([]);
    const tongzhou = list.find((e) => e.id === 'tongzhou-quwei')!;
    expect(tongzhou.paragraphs).toEqual(ids.filter((id) => tongzhou.forms.some((form) => texts.get(id)!.includes(form))));
  });

  it('gives each entry a note in Chinese with full-width punctuation', () => {
    for (const entity of list) {
      expect(entity.note).toMatch(/[\u4e00-\u9fff]/);
      expect(entity.note).not.toMatch(/[,:;?!()]/);
    }
  });
});

describe('the chart’s figures (content/figures.yaml)', () => {
  const charted = figures.filter((f) => ['people', 'person-times', 'organisations'].includes(f.kind));

  it('are the six the issue names: 5300余, 3717, 637, 30余 people; 3万余人次; 2100余 organisations', () => {
    expect(charted.map((f) => `${figureNumeral(Number(f.value), f.approx)}${f.unit}`).sort()).toEqual(
      ['5300余名', '3717名', '637名', '30余名', '3万余人次', '2100余个'].sort(),
    );
  });

  it.each(charted.map((f) => [f.id, f] as const))(
    '%s: the numeral the chart shows stands in the phrase, “余” and unit included',
    (_id, figure) => {
      expect(typeof figure.value).toBe('number');
      expect(figure.label).toBeTruthy();
      expect(figure.phrase).toContain(`${figureNumeral(figure.value as number, figure.approx)}${figure.unit}`);
      expect(figure.phrase.includes('余')).toBe(figure.approx);
    },
  );
});

describe('glossary terms in the text', () => {
  it('no two glossary entries claim the same words', () => {
    const forms = glossary().flatMap((e) => [e.term, ...e.forms]);
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('each term is found by the same matching the build uses', () => {
    const named = glossary().map((e) => ({ id: e.id, forms: [e.term, ...e.forms] }));
    const found = new Set([...texts.values()].flatMap((text) => findMentions(text, named).map((m) => m.id)));
    expect([...found].sort()).toEqual(named.map((n) => n.id).sort());
  });
});
