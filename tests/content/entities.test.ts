import { describe, expect, it } from 'vitest';
import { CONTENT } from '@/lib/content/layout.ts';
import { entitySchema } from '@/schemas.ts';
import { entities, paragraphs, rawData } from '../support/companions.ts';

const texts = paragraphs();
const ids = [...texts.keys()];

describe(`who and where (${CONTENT.entities})`, () => {
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

  it.each(list.map((e) => [e.id, e] as const))('%s: lists exactly the paragraphs that name it, in reading order', (_id, entity) => {
    for (const id of entity.paragraphs) {
      expect(texts.has(id), `${id} does not exist`).toBe(true);
      expect(
        entity.forms.some((form) => texts.get(id)!.includes(form)),
        `${id} does not name ${entity.name}`,
      ).toBe(true);
    }
    const naming = ids.filter((id) => entity.forms.some((form) => texts.get(id)!.includes(form)));
    expect(entity.paragraphs).toEqual(naming);
  });

  it('stands, within each kind, in the order the article first names them', () => {
    for (const kind of ['person', 'place', 'organisation']) {
      const ofKind = list.filter((e) => e.kind === kind);
      const firstPlace = (e: (typeof list)[number]) => {
        const index = ids.indexOf(e.paragraphs[0]!);
        const offset = Math.min(...e.forms.map((f) => texts.get(e.paragraphs[0]!)!.indexOf(f)).filter((at) => at >= 0));
        return index * 10_000 + offset;
      };
      const places = ofKind.map(firstPlace);
      expect(places, kind).toEqual([...places].sort((a, b) => a - b));
    }
  });

  it('gives each entry a note in Chinese with full-width punctuation', () => {
    for (const entity of list) {
      expect(entity.note).toMatch(/[\u4e00-\u9fff]/);
      expect(entity.note).not.toMatch(/[,:;?!()]/);
    }
  });
});
