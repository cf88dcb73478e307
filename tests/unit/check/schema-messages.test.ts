import { describe, expect, it } from 'vitest';
import { checkSchema } from '@/lib/check/schema-messages.ts';
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

  it('reports YAML that does not parse', () => {
    const { problems } = checkSchema(figuresSchema, {
      file: CONTENT.figures,
      source: readYaml('- id: a\n phrase: 甲\n'),
      fields: [],
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/figures\.yaml:2:\d+: this is not valid YAML: /);
  });
});
