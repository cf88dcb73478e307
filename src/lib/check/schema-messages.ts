import type { z } from 'astro/zod';
import { bilingual } from './message.ts';
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
  if (issue.origin === 'string')
    return n === 1 && kind === 'at least' ? 'some text, not an empty one' : `${kind} ${n} character${n === 1 ? '' : 's'}`;
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

/** One message per run of full-width digits in a YAML source, saying how to write them. */
export function fullWidthProblems(file: string, source: YamlSource): string[] {
  return source.fullWidth.map(({ line, column, written, ascii }) =>
    bilingual(
      { file, line, column },
      `“${written}”是全角数字，程序不把它当作数字。请改成半角数字“${ascii}”（关掉输入法的全角模式再输入）。`,
      `“${written}” is written in full-width digits, which are not read as a number: write it in ASCII digits, “${ascii}” (switch the input method out of full-width mode).`,
      source.lineText(line),
    ),
  );
}

/** The message for YAML that does not parse: the slip in Chinese and English when it is a known one, else the YAML reader's words. */
function syntaxProblem(file: string, source: YamlSource): string {
  const { line, column, message, slip } = source.error ?? { line: 1, column: 1, message: '' };
  if (slip) return bilingual({ file, line, column }, slip.chinese, slip.english, source.lineText(line));
  return bilingual(
    { file, line, column },
    `这不是有效的 YAML（YAML 读取器在这里读不下去：${message}）。多半是缩进、冒号或引号的问题：对照同一文件里其他条目的写法检查这一行和上一行。`,
    `this is not valid YAML: ${message}. It is most often the indentation, a colon or a quotation mark: compare this line and the one before with the other entries of the file.`,
    source.lineText(line),
  );
}

/**
 * Validates a YAML source against a schema; returns the parsed data, or one message per mistake naming the file, line and
 * field, with what was expected and what was found. Full-width digits are named too, and read as the digits they stand for.
 */
export function checkSchema<T>(schema: z.ZodType<T>, { file, source, fields }: SchemaTarget): { data: T | undefined; problems: string[] } {
  const digits = fullWidthProblems(file, source);
  if (source.error) return { data: undefined, problems: [...digits, syntaxProblem(file, source)] };
  const result = schema.safeParse(source.data);
  if (result.success) return { data: result.data, problems: digits };
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
  return { data: undefined, problems: [...digits, ...problems] };
}
