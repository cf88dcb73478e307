import { describe, expect, it } from 'vitest';
import { fullWidthDigits, yamlSlip } from '@/lib/check/yaml-slips.ts';

describe('yamlSlip: a tab', () => {
  it('finds a tab in the indentation, after any spaces, at its own column', () => {
    expect(yamlSlip('a:\n  \tb: 1\n')).toMatchObject({ line: 2, column: 3 });
  });

  it('allows a tab inside a value', () => {
    expect(yamlSlip('a: x\ty\n')).toBeUndefined();
  });
});

describe('yamlSlip: wrong indentation', () => {
  it('names the line, the indentation it has and the one it should have (the nearest open level)', () => {
    expect(yamlSlip('a:\n  b:\n      c: 1\n   d: 2\n')).toEqual({
      line: 4,
      column: 1,
      chinese: '缩进不对：这一行缩进了 3 个空格，同一层的其他行是 2 个。YAML 靠缩进分辨层次，请改成 2 个空格。',
      english:
        'Wrong indentation: this line is indented 3 spaces where the lines at its level have 2. YAML reads the structure from the indentation: indent it 2 spaces.',
    });
  });

  it('finds a key with no value indented deeper than a field with a value', () => {
    expect(yamlSlip('a: 1\n b:\n')).toMatchObject({ line: 2 });
  });

  it('finds a key dedented between two levels, at the nearest one even when the line above is deeper', () => {
    const slip = yamlSlip('a:\n    b: 1\n c: 2\n');
    expect(slip).toMatchObject({ line: 3, english: expect.stringContaining('indent it 0 spaces.') });
  });

  it('closes the deeper levels when a line goes back to a shallower one', () => {
    expect(yamlSlip('a:\n  b: 1\nc: 1\n  d: 2\n')).toMatchObject({ line: 4 });
    expect(yamlSlip('a:\n  b:\n    c: 1\n  d: 1\n    e: 2\n')).toMatchObject({ line: 5 });
  });

  it('reports a line dedented under a key with no value to a depth no open level has', () => {
    expect(yamlSlip('a:\n    b:\n  c:\n  d: x-\n  e: 2\n')).toMatchObject({ line: 3 });
    expect(yamlSlip('a:\n    b:\n  c: 1\n  d: 2\n')).toMatchObject({ line: 3 });
  });

  it('checks the line right after a key with no value, and closes the levels it leaves', () => {
    expect(yamlSlip('a:\n  b:\nc: 1\n  d: 2\n')).toMatchObject({ line: 4 });
    expect(yamlSlip('a:\n  b: |\n    x\n c: 1\n')).toMatchObject({ line: 4 });
    expect(yamlSlip('- id: a\n  note:\n- id: b\n  phrase: x\n')).toBeUndefined();
  });

  it('checks a line level with a quoted key with no value, and closes the levels it leaves', () => {
    expect(yamlSlip('a:\n  b:\n    c: 1\n  "d":\n  e: 1\n    f: 2\n')).toMatchObject({ line: 6 });
  });

  it('reports a sequence item dedented under a key with no value to a depth no open level has', () => {
    const slip = yamlSlip('a:\n  b:\n    c:\n - d: 1\n');
    expect(slip).toMatchObject({ line: 4, english: expect.stringContaining('indent it 2 spaces.') });
  });

  it('takes a quoted key for a key: a level it opens, a line it holds', () => {
    expect(yamlSlip('- "a": 1\n  "b":\n  c: 1\n')).toBeUndefined();
    expect(yamlSlip('x:\n  y:\n    z:\n      w: 1\n  "q":\n    r: 1\n      s: 2\n')).toMatchObject({ line: 7 });
  });

  it('takes quoted keys of any length, in double or single quotes', () => {
    expect(yamlSlip('- "ab": 1\n  "cd":\n  e: 1\n')).toBeUndefined();
    expect(yamlSlip("- 'ab': 1\n  'cd':\n  e: 1\n")).toBeUndefined();
  });

  it('checks a key level with a lone dash above it, and starts a level at a dash item level with one', () => {
    expect(yamlSlip('  -\n  a:\n')).toMatchObject({ line: 2, column: 1 });
    expect(yamlSlip('    -\n    - c:\n"q":\n')).toBeUndefined();
  });

  it('reads a block scalar from the value, not from a comment after it', () => {
    expect(yamlSlip('a: # >\n  b: 1\n    c: 2\n')).toMatchObject({ line: 3 });
    expect(yamlSlip('a: | # note\n  x\n    b: c\nd: [\n')).toBeUndefined();
  });

  it('treats a field with a value as closed, even when the value ends like an opening', () => {
    expect(yamlSlip('a: x-\n  b: 1\n')).toMatchObject({ line: 2 });
    expect(yamlSlip("a: 'b: |c'\n  d: 1\n")).toMatchObject({ line: 2 });
  });

  it('counts lines the same whatever the line endings', () => {
    expect(yamlSlip('a: 1\r\nb: 2\r  c: 3\n')).toMatchObject({ line: 3 });
  });
});

describe('yamlSlip: what is not a slip', () => {
  it.each([
    ['a sequence item with more than one space after its dash', '-  a: 1\n   b: 2\n'],
    ['a sequence nested in a sequence', '- - a: 1\n    b: 2\n'],
    ['a continuation line of a plain value', 'note: some\n  text\n'],
    ['a continuation line of a quoted value with a colon inside', 'note: "see\n  the list: below"\n'],
    ['a key with only a comment after it (two spaces before the #)', 'a:  # note\n  b: 1\n'],
    ['a key with a comment running past a Unicode line separator', 'a: #x\u2028b: #y\n  c: 1\n'],
    ['a comment line between a key and what nests under it', 'a:\n# note\n  b: 1\n'],
    ['a blank line inside a block scalar', 'a: |\n  x\n\n  b: c\n'],
    ['a sequence level with a quoted key with no value above it', '- "a": 1\n  "b":\n  - c: 1\n'],
  ])('%s', (_name, text) => {
    expect(yamlSlip(text)).toBeUndefined();
  });

  it.each(['a: |', 'a: >-', 'a: |2', 'a:  >'])('the lines of a block scalar opened by `%s`', (header) => {
    expect(yamlSlip(`${header}\n  x\n    b: c\n`)).toBeUndefined();
  });

  it('checks the lines again once a block scalar ends', () => {
    expect(yamlSlip('a: |\n  x\nb: 1\n  c: 2\n')).toMatchObject({ line: 4 });
    expect(yamlSlip('- a: |\n    text\n  b: 1\n    c: 2\n')).toMatchObject({ line: 4 });
  });

  it('does not take a comment ending in > or | for a block scalar', () => {
    expect(yamlSlip('a: # x > y\n  b: 1\n    c: 2\n')).toMatchObject({ line: 3 });
  });
});

describe('fullWidthDigits', () => {
  it('counts lines the same whatever the line endings', () => {
    expect(fullWidthDigits('１\r２\r\n３')).toEqual([
      { line: 1, column: 1, written: '１', ascii: '1' },
      { line: 2, column: 1, written: '２', ascii: '2' },
      { line: 3, column: 1, written: '３', ascii: '3' },
    ]);
  });
});
