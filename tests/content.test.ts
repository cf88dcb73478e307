import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { locateParagraphs } from '@/lib/text/paragraphs.ts';
import { checkPublication } from '@/lib/check/companion-rules.ts';
import { checkAgainstReference } from '@/lib/check/reference-check.ts';
import { referencePinProblem } from '@/lib/check/reference-pin.ts';
import { readYaml } from '@/lib/check/yaml-source.ts';
import { partSchema, publicationSchema, PART_IDS } from '@/schemas.ts';
import { partSources, read, reference, REFERENCE_PATH } from './support/article.ts';

describe('reference text', () => {
  it('is the pinned, unchanged copy of the article (the content check holds it to its SHA-256)', () => {
    expect(referencePinProblem(REFERENCE_PATH, read(REFERENCE_PATH))).toBeNull();
  });

  it('holds the article and none of the host site around it', () => {
    const text = read(REFERENCE_PATH);
    expect(text.startsWith('党旗在副中心疫情防控一线高高飘扬\n')).toBe(true);
    expect(text.trimEnd().endsWith('(责任编辑:袁瑛)')).toBe(true);
    expect(text).not.toContain('APP下载');
    expect(text).not.toContain('猜你喜欢');
  });

  it('has a lede of 3 paragraphs and sections of 5, 6 and 5', () => {
    const ref = reference();
    expect(ref.lede).toHaveLength(3);
    expect(ref.sections.map((s) => s.paragraphs.length)).toEqual([5, 6, 5]);
  });
});

describe('article parts (content/article/*.mdx)', () => {
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

describe('publication metadata (content/meta/publication.yaml)', () => {
  const data = parseYaml(read('content/meta/publication.yaml'));

  it('is valid', () => {
    const result = publicationSchema.safeParse(data);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('records the article as published', () => {
    const meta = publicationSchema.parse(data);
    expect(meta.title).toBe(reference().header[0]);
    expect(meta.authors).toEqual(['常菁菁', '焦超超']);
    expect(meta.periodical).toBe('北京支部生活');
    expect(meta.issue).toBe('2022年第6期');
    expect(meta.date.toISOString().slice(0, 10)).toBe('2022-06-18');
    expect(meta.keywords).toEqual(['通州区', '防疫', '志愿者']);
    expect(meta.deskEditor).toBe('袁瑛');
  });

  it('agrees with the reference header and trailer, as the content check holds it', () => {
    const source = readYaml(read('content/meta/publication.yaml'));
    const check = (meta: ReturnType<typeof publicationSchema.parse>) =>
      checkPublication('content/meta/publication.yaml', meta, (field) => source.lineOf([field]), { file: REFERENCE_PATH, ...reference() });
    const meta = publicationSchema.parse(data);
    expect(check(meta)).toEqual([]);
    expect(check({ ...meta, deskEditor: '袁英' })).toEqual([
      expect.stringMatching(
        /^content\/meta\/publication\.yaml:\d+: field “deskEditor”: expected the desk editor of the reference's last line/,
      ),
    ]);
  });

  it('rejects a broken field, naming it', () => {
    const broken = { ...(data as object), date: 'not a date', issue: '2022年6期' };
    const result = publicationSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['date', 'issue']);
  });
});
