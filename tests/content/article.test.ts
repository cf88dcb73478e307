import { describe, expect, it } from 'vitest';
import { locateParagraphs } from '@/lib/text/paragraphs.ts';
import { checkAgainstReference } from '@/lib/check/reference-check.ts';
import { CONTENT, PART_IDS } from '@/lib/content/layout.ts';
import { partSchema } from '@/schemas.ts';
import { partSources, reference, REFERENCE_PATH } from '../support/article.ts';

describe(`article parts (${CONTENT.article}/*.mdx)`, () => {
  const parts = partSources();

  it.each(parts.map((p) => [p.path, p] as const))('%s has valid frontmatter', (_path, part) => {
    const result = partSchema.safeParse(part.data);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('are the lede then organizing, vanguard, contributions, in that order', () => {
    expect(parts.map((p) => p.id)).toEqual([...PART_IDS]);
    expect(parts.map((p) => p.data.order)).toEqual([0, 1, 2, 3]);
  });

  it('carry the reference headings as their titles', () => {
    expect(parts.slice(1).map((p) => p.data.title)).toEqual(reference().sections.map((s) => s.heading));
    expect(parts.slice(1).map((p) => p.data.title)).toEqual([
      '建组织、强堡垒,扛起疫情防控硬责任',
      '当先锋、作表率,筑牢疫情防控的坚强堡垒',
      '树形象、作贡献,绘就共克时艰同心圆',
    ]);
  });

  it.each(parts.map((p) => [p.path, p] as const))('%s: every paragraph equals the reference paragraph, in order', (_path, part) => {
    const ref = reference();
    const expected = part.id === 'lede' ? ref.lede : ref.sections.find((s) => s.heading === part.data.title)?.paragraphs;
    expect(expected, `no reference section for ${part.path}`).toBeDefined();
    // On a mismatch, the check's message names the line, the paragraph and the first differing character.
    expect(
      checkAgainstReference({ id: part.id, file: part.path, paragraphs: locateParagraphs(part.source) }, expected!, REFERENCE_PATH),
    ).toEqual([]);
    expect(part.paragraphs).toEqual(expected);
  });
});
