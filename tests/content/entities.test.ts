import { describe, expect, it } from 'vitest';
import { readContent } from '@/integrations/content-check.ts';
import { checkContent } from '@/lib/check/content-check.ts';
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

  it('lists exactly the paragraphs naming each entry, and each kind in the order the article names them (the content check’s rules)', () => {
    expect(checkContent(readContent('.')).problems.filter((problem) => problem.startsWith(CONTENT.entities))).toEqual([]);
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
