import type { z } from 'astro/zod';
import type { YamlSource } from './yaml-source.ts';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  date: 'a date such as 2022-06-18',
  array: 'a list',
  object: 'a set of fields',
};

/** A value as a message shows what was found: text in quotes, a missing field as “nothing”. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `“${value}”`;
  if (Array.isArray(value)) return `a list [${value.map(shown).join(', ')}]`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return 'a set of fields';
  return String(value);
}

function choices(values: readonly unknown[]): string {
  return values.length === 1 ? shown(values[0]) : `one of ${values.map(shown).join(', ')}`;
}

function bound(kind: 'at least' | 'at most', issue: { origin: string; inclusive?: boolean }, limit: number | bigint): string {
  const n = Number(limit);
  if (issue.origin === 'string') return n === 1 && kind === 'at least' ? 'some text, not an empty one' : `${kind} ${n} characters`;
  if (issue.origin === 'array') return `${kind} ${n} item${n === 1 ? '' : 's'}`;
  const strict = issue.inclusive === false;
  return `a number ${kind === 'at least' ? (strict ? 'above' : 'of at least') : strict ? 'below' : 'of at most'} ${n}`;
}

/** What a schema issue expected, in plain words (a schema’s own message beginning “expected” is used as written). */
export function expectation(issue: Issue): string {
  if (issue.message.startsWith('expected ')) return issue.message.slice('expected '.length);
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case 'invalid_value':
      return choices(issue.values);
    case 'too_small':
      return bound('at least', issue, issue.minimum);
    case 'too_big':
      return bound('at most', issue, issue.maximum);
    case 'invalid_format':
      return issue.pattern ? `text matching ${issue.pattern}` : `text in the ${issue.format} format`;
    case 'invalid_union':
      if ('options' in issue && issue.options) return choices(issue.options);
      return [...new Set(issue.errors.flatMap((branch) => branch.map(expectation)))].join(' or ');
    default:
      return issue.message;
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

/** How a message names a field: `field “title”`, or `entry “city-cadres-637”, field “numbers” (item 2)` in a list of entries. */
function fieldName(data: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let rest = path;
  if (Array.isArray(data) && typeof path[0] === 'number') {
    const id = (data[path[0]] as { id?: unknown } | undefined)?.id;
    parts.push(typeof id === 'string' ? `entry “${id}”` : `entry ${path[0] + 1}`);
    rest = path.slice(1);
  }
  const names = rest.filter((key) => typeof key === 'string');
  const items = rest.filter((key) => typeof key === 'number');
  if (names.length > 0) parts.push(`field “${names.join('.')}”${items.length > 0 ? ` (item ${items.map((n) => n + 1).join(', ')})` : ''}`);
  return parts.join(', ');
}

/** What a data file needs to know to describe its mistakes. */
export interface SchemaTarget {
  /** The file, as messages name it. */
  file: string;
  source: YamlSource;
  /** The fields an entry may have, listed when an unknown one turns up. */
  fields: readonly string[];
}

/** Validates a YAML source against a schema; returns the parsed data, or one message per mistake naming the file, line and field, with what was expected and what was found. */
export function checkSchema<T>(schema: z.ZodType<T>, { file, source, fields }: SchemaTarget): { data: T | undefined; problems: string[] } {
  if (source.error) {
    const { line, column, message } = source.error;
    return { data: undefined, problems: [`${file}:${line}:${column}: this is not valid YAML: ${message}`] };
  }
  const result = schema.safeParse(source.data);
  if (result.success) return { data: result.data, problems: [] };
  const data = source.data;
  const problems = result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const where = fieldName(data, issue.path);
      return issue.keys.map(
        (key) =>
          `${file}:${source.lineOf([...issue.path, key])}: ${where ? `${where}, ` : ''}unknown field “${key}”: ` +
          `expected only ${fields.join(', ')}, found “${key}”`,
      );
    }
    const where = fieldName(data, issue.path) || 'the file';
    return [`${file}:${source.lineOf(issue.path)}: ${where}: expected ${expectation(issue)}, found ${shown(valueAt(data, issue.path))}`];
  });
  return { data: undefined, problems };
}
