import { describe, expect, it } from 'vitest';
import { readYaml } from '@/lib/check/yaml-source.ts';

describe('readYaml', () => {
  const source = readYaml('# comment\n- id: a\n  phrase: 甲\n- id: b\n  numbers: [1, 2]\n', 1);

  it('reads the data and finds the line of any field', () => {
    expect(source.data).toEqual([
      { id: 'a', phrase: '甲' },
      { id: 'b', numbers: [1, 2] },
    ]);
    expect(source.lineOf([0])).toBe(2);
    expect(source.lineOf([0, 'phrase'])).toBe(3);
    expect(source.lineOf([1, 'numbers'])).toBe(5);
    // A missing field: the line of the entry that lacks it.
    expect(source.lineOf([1, 'phrase'])).toBe(4);
  });

  it('counts from the line the YAML starts on in its file', () => {
    expect(readYaml('kind: section\norder: 2\n', 2).lineOf(['order'])).toBe(3);
  });

  it('reports a syntax error with its line', () => {
    expect(readYaml('- id: a\n phrase: 甲\n').error).toMatchObject({ line: 2 });
  });

  it('gives the first line of the syntax error message, without a code excerpt', () => {
    expect(readYaml('- id: a\n phrase: 甲\n').error?.message).toBe('Sequence item without - indicator');
  });

  it('reports a key written twice in a mapping', () => {
    expect(readYaml('id: a\nid: b\n').error).toMatchObject({ line: 2, message: 'Map keys must be unique' });
  });

  it('gives the text of a line whatever the line endings', () => {
    const source = readYaml('a: 1\r\nb: 2\rc: 3\n');
    expect([source.lineText(1), source.lineText(2), source.lineText(3)]).toEqual(['a: 1', 'b: 2', 'c: 3']);
  });
});
