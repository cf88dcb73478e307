/** A placeholder of an interface string: a name in braces, e.g. `{count}` in `{count} terms`. */
const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The names of a template's placeholders, in order, e.g. `['count']` for `共{count}条`. */
export function placeholders(template: string): string[] {
  return Array.from(template.matchAll(PLACEHOLDER), (match) => match[1] ?? '');
}

/** A template with its placeholders filled in: `format('{count} terms', { count: 28 })` → `28 terms`. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`the interface string “${template}” has {${name}}, which is given no value here`);
    return String(value);
  });
}

/** A piece of a template: literal text, or the name of a placeholder that markup fills. */
export type TemplatePart = { text: string } | { slot: string };

/** A template cut into its text and its placeholders, for filling placeholders with markup: `原载{source}` → 原载, {source}. */
export function templateParts(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let at = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > at) parts.push({ text: template.slice(at, match.index) });
    parts.push({ slot: match[1] ?? '' });
    at = match.index + match[0].length;
  }
  if (at < template.length) parts.push({ text: template.slice(at) });
  return parts;
}

/** How a language joins the items of a list: between two items, and before the last (`, ` and ` and `: A, B and C). */
export interface ListStyle {
  separator: string;
  last: string;
}

/** What goes before the `index`-th of `count` items of a list in `style`: nothing before the first. */
export function listJoiner(index: number, count: number, style: ListStyle): string {
  if (index === 0) return '';
  return index === count - 1 ? style.last : style.separator;
}

/** Items joined as a list in `style`: `A`, `B`, `C` → `A, B and C` in English, `A、B、C` in Chinese. */
export function joinList(items: readonly string[], style: ListStyle): string {
  return items.map((item, index) => listJoiner(index, items.length, style) + item).join('');
}
