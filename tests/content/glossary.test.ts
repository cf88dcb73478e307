import { describe, expect, it } from 'vitest';
import { readContent } from '@/integrations/content-check.ts';
import { checkContent } from '@/lib/check/content-check.ts';
import { CONTENT } from '@/lib/content/layout.ts';
import { findMentions, firstMentions } from '@/lib/text/mentions.ts';
import { glossaryEntrySchema } from '@/schemas.ts';
import { glossary, paragraphs, rawData } from '../support/companions.ts';

const texts = paragraphs();
const ids = [...texts.keys()];

describe(`glossary (${CONTENT.glossary})`, () => {
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
    // tests/unit/check/companion-rules.test.ts shows each of these rules catching its mistake.
    expect(checkContent(readContent('.')).problems.filter((problem) => problem.startsWith(CONTENT.glossary))).toEqual([]);
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
