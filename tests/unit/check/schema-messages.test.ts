import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { checkSchema, expectation, shown } from '@/lib/check/schema-messages.ts';
import { readYaml } from '@/lib/check/yaml-source.ts';
import { CONTENT, partFile } from '@/lib/content/layout.ts';
import { figuresSchema, partSchema, publicationSchema } from '@/schemas.ts';
import { publicationPath } from '../../support/article.ts';

describe('checkSchema', () => {
  const part = (yaml: string) =>
    checkSchema(partSchema, { file: partFile('vanguard'), source: readYaml(yaml, 2), fields: ['kind', 'order', 'title'] }).problems;

  it('passes valid data through', () => {
    const result = checkSchema(partSchema, { file: 'x.mdx', source: readYaml('kind: lede\norder: 0\n'), fields: [] });
    expect(result).toEqual({ data: { kind: 'lede', order: 0 }, problems: [] });
  });

  it('names the file, line and field, with what was expected and what was found', () => {
    expect(part('kind: section\norder: 2\n')).toEqual([
      'content/article/vanguard.mdx:2: field “title”: expected text, found nothing (the field is missing)',
    ]);
    expect(part('kind: section\norder: two\ntitle: 标题\n')).toEqual([
      'content/article/vanguard.mdx:3: field “order”: expected a number, found “two”',
    ]);
    expect(part('kind: sektion\norder: 2\ntitle: 标题\n')).toEqual([
      'content/article/vanguard.mdx:2: field “kind”: expected one of “lede”, “section”, found “sektion”',
    ]);
    expect(part('kind: section\norder: 2\ntitle: 标题\ntitel: 标题\n')).toEqual([
      'content/article/vanguard.mdx:5: unknown field “titel”: expected only kind, order, title, found “titel”',
    ]);
    expect(part('kind: section\norder: 1.5\ntitle: ""\n')).toEqual([
      'content/article/vanguard.mdx:3: field “order”: expected a whole number, found 1.5',
      'content/article/vanguard.mdx:4: field “title”: expected some text, not an empty one, found “”',
    ]);
  });

  it('uses a schema’s own “expected …” message', () => {
    const source = readYaml('issue: 第六期\n');
    const { problems } = checkSchema(publicationSchema.pick({ issue: true }), {
      file: publicationPath(),
      source,
      fields: [],
    });
    expect(problems).toEqual(['content/meta/publication.yaml:1: field “issue”: expected the form 2022年第6期, found “第六期”']);
  });

  it('names an entry of a list by its id', () => {
    const yaml =
      '- id: a-1\n  section: vangard\n  paragraph: vanguard-4\n  phrase: 637名\n  numbers: [637]\n  value: 637\n  kind: people\n';
    const { problems } = checkSchema(figuresSchema, { file: CONTENT.figures, source: readYaml(yaml), fields: [] });
    expect(problems).toEqual([
      'content/figures.yaml:2: entry “a-1”, field “section”: expected one of “lede”, “organizing”, “vanguard”, “contributions”, found “vangard”',
    ]);
  });

  describe('naming where a mistake is', () => {
    const check = (schema: z.ZodType, yaml: string) =>
      checkSchema(schema, { file: 'f.yaml', source: readYaml(yaml), fields: ['a', 'b'] }).problems;

    it('numbers an entry of a list that has no id from 1', () => {
      expect(check(z.array(z.object({ a: z.string() })), '- a: x\n- a: 1\n')).toEqual([
        'f.yaml:2: entry 2, field “a”: expected text, found 1',
      ]);
    });

    it('joins nested field names with dots and numbers the items of lists from 1', () => {
      expect(check(z.object({ a: z.object({ b: z.number() }) }), 'a:\n  b: x\n')).toEqual([
        'f.yaml:2: field “a.b”: expected a number, found “x”',
      ]);
      expect(check(z.object({ a: z.array(z.array(z.number())) }), 'a:\n  - [1, x]\n')).toEqual([
        'f.yaml:2: field “a” (item 1, 2): expected a number, found “x”',
      ]);
    });

    it('names the field an unknown field stands in', () => {
      expect(check(z.object({ a: z.strictObject({ b: z.number() }) }), 'a:\n  b: 1\n  c: 2\n')).toEqual([
        'f.yaml:3: field “a”, unknown field “c”: expected only a, b, found “c”',
      ]);
    });

    it('names the file when the whole of it is wrong', () => {
      expect(check(z.object({}), 'x\n')).toEqual(['f.yaml:1: the file: expected a set of fields, found “x”']);
    });

    it('finds nothing under a field that is missing or empty', () => {
      const refined = z.object({}).superRefine((_, ctx) => {
        ctx.addIssue({ code: 'custom', message: 'expected a date', path: ['a', 'b'] });
      });
      expect(check(refined, 'z: 1\n')).toEqual(['f.yaml:1: field “a.b”: expected a date, found nothing (the field is missing)']);
      expect(check(refined, 'a: null\n')).toEqual(['f.yaml:1: field “a.b”: expected a date, found nothing (the field is missing)']);
    });
  });

  it('reports YAML that does not parse, naming the slip when it is a known one', () => {
    const check = (yaml: string) => checkSchema(figuresSchema, { file: CONTENT.figures, source: readYaml(yaml), fields: [] }).problems;
    expect(check('- id: a\n phrase: 甲\n')).toEqual([
      'content/figures.yaml:2:1: 缩进不对：这一行缩进了 1 个空格，同一层的其他行是 2 个。YAML 靠缩进分辨层次，请改成 2 个空格。\n' +
        '    Wrong indentation: this line is indented 1 space where the lines at its level have 2. YAML reads the structure from the indentation: indent it 2 spaces.\n' +
        '    2 |  phrase: 甲\n' +
        '        ^',
    ]);
    const [other] = check('- id: "a\n');
    expect(other).toMatch(/^content\/figures\.yaml:2:\d+: 这不是有效的 YAML（YAML 读取器在这里读不下去：.*\n {4}this is not valid YAML: /);
  });
});

describe('shown', () => {
  it('shows what was found as an editor would read it', () => {
    expect(shown(undefined)).toBe('nothing (the field is missing)');
    expect(shown(null)).toBe('an empty value');
    expect(shown('第六期')).toBe('“第六期”');
    expect(shown(['a', 2])).toBe('a list [“a”, 2]');
    expect(shown(new Date('2022-06-18'))).toBe('2022-06-18');
    expect(shown({ a: 1 })).toBe('a set of fields');
    expect(shown(1.5)).toBe('1.5');
    expect(shown(true)).toBe('true');
  });
});

describe('expectation', () => {
  const issueOf = (schema: z.ZodType, value: unknown) => {
    const result = schema.safeParse(value);
    expect(result.success, 'the value was meant to fail').toBe(false);
    return result.error!.issues[0]!;
  };

  it('names types, choices and bounds in plain words', () => {
    expect(expectation(issueOf(z.string(), 3))).toBe('text');
    expect(expectation(issueOf(z.number(), 'x'))).toBe('a number');
    expect(expectation(issueOf(z.boolean(), 'x'))).toBe('true or false');
    expect(expectation(issueOf(z.array(z.string()), 'x'))).toBe('a list');
    expect(expectation(issueOf(z.enum(['lede', 'section']), 'x'))).toBe('one of “lede”, “section”');
    expect(expectation(issueOf(z.literal('lede'), 'x'))).toBe('“lede”');
    expect(expectation(issueOf(z.string().min(1), ''))).toBe('some text, not an empty one');
    expect(expectation(issueOf(z.string().max(28), 'x'.repeat(29)))).toBe('at most 28 characters');
    expect(expectation(issueOf(z.array(z.string()).min(2), ['a']))).toBe('at least 2 items');
    expect(expectation(issueOf(z.number().positive(), 0))).toBe('a number above 0');
    expect(expectation(issueOf(z.number().max(3), 4))).toBe('a number of at most 3');
  });

  it('names every bound in plain words, one item or character as well as several', () => {
    expect(expectation(issueOf(z.string().min(2), 'a'))).toBe('at least 2 characters');
    expect(expectation(issueOf(z.string().max(1), 'ab'))).toBe('at most 1 character');
    expect(expectation(issueOf(z.array(z.string()).min(1), []))).toBe('at least 1 item');
    expect(expectation(issueOf(z.number().min(3), 2))).toBe('a number of at least 3');
    expect(expectation(issueOf(z.number().lt(3), 3))).toBe('a number below 3');
  });

  it('names an object, a format without a pattern, and each branch of a union', () => {
    expect(expectation(issueOf(z.object({}), 'x'))).toBe('a set of fields');
    expect(expectation(issueOf(z.url(), 'x'))).toBe('text in the url format');
    expect(expectation(issueOf(z.union([z.string(), z.number()]), true))).toBe('text or a number');
  });

  it('names a pattern, and takes a schema’s own message when it begins with “expected”', () => {
    expect(expectation(issueOf(z.string().regex(/^[a-z]+$/), 'A'))).toBe('text matching /^[a-z]+$/');
    expect(expectation(issueOf(z.string().regex(/^\d+$/, 'expected digits only'), 'a'))).toBe('digits only');
  });
});
