import { describe, expect, it } from 'vitest';
import { format, joinList, listJoiner, placeholders, templateParts } from '@/lib/text/template.ts';

describe('format', () => {
  it('fills every placeholder, numbers included, and leaves the rest of the text as it is', () => {
    expect(format('{count} terms', { count: 28 })).toBe('28 terms');
    expect(format('共{count}条', { count: 28 })).toBe('共28条');
    expect(format('“{article}”, part {number}: {title}', { article: 'A', number: 'two', title: 'B' })).toBe('“A”, part two: B');
    expect(format('{a}{a}', { a: 'x' })).toBe('xx');
    expect(format('no placeholder', { unused: 'x' })).toBe('no placeholder');
  });

  it('stops on a placeholder it has no value for, naming the string and the placeholder', () => {
    expect(() => format('{count} terms', {})).toThrow('the interface string “{count} terms” has {count}, which is given no value here');
  });

  it('takes braces that hold no name as text', () => {
    expect(format('{} { count } {9}', { count: 1 })).toBe('{} { count } {9}');
  });
});

describe('placeholders and templateParts', () => {
  it('lists the placeholders in order', () => {
    expect(placeholders('《{article}》第{number}部分：{title}')).toEqual(['article', 'number', 'title']);
    expect(placeholders('plain')).toEqual([]);
  });

  it('cuts a template into text and slots, keeping every character', () => {
    expect(templateParts('原载{source}')).toEqual([{ text: '原载' }, { slot: 'source' }]);
    expect(templateParts('{periodical} ({date})')).toEqual([{ slot: 'periodical' }, { text: ' (' }, { slot: 'date' }, { text: ')' }]);
    expect(templateParts('')).toEqual([]);
  });
});

describe('listJoiner and joinList', () => {
  const english = { separator: ', ', last: ' and ' };
  const chinese = { separator: '、', last: '、' };

  it('joins as the language does: A, B and C; A、B、C', () => {
    expect(joinList(['A', 'B', 'C'], english)).toBe('A, B and C');
    expect(joinList(['A', 'B'], english)).toBe('A and B');
    expect(joinList(['常菁菁', '焦超超'], chinese)).toBe('常菁菁、焦超超');
    expect(joinList(['A'], english)).toBe('A');
    expect(joinList([], english)).toBe('');
  });

  it('puts nothing before the first item', () => {
    expect([0, 1, 2].map((index) => listJoiner(index, 3, english))).toEqual(['', ', ', ' and ']);
  });
});
