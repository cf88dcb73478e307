// Reading a `_headers` file (the format Netlify and Cloudflare Pages read, written by the security-headers post-build
// step) to learn which headers a host sends for each address of the site.

/** One rule of a `_headers` file: a path pattern and the headers it adds, in file order. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
  /** The rule's line in the file (1-based), for messages. */
  line: number;
}

/**
 * Parses a `_headers` file: an unindented line is a path pattern, the indented `Name: value` lines under it are its
 * headers, `#` lines are comments. A header with no path above it, or an indented line with no colon, is an error
 * naming the file and line.
 */
export function parseHeadersFile(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    const line = raw.trimEnd();
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [], line: index + 1 });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${file}:${index + 1}: header “${line.trim()}” has no path above it; put a path such as /* first`);
    const colon = line.indexOf(':');
    if (colon < 0 || line.slice(0, colon).trim() === '')
      throw new Error(`${file}:${index + 1}: expected “Name: value” under ${rule.pattern}, found “${line.trim()}”`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

/** True when a URL path matches a `_headers` pattern: `*` stands for any run of characters, everything else for itself. */
export function pathMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers a host sends for a URL path: those of every matching rule in file order; a header named again is joined with `, `, as both hosts do. */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
  const out: [string, string][] = [];
  for (const rule of rules) {
    if (!pathMatches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const same = out.find(([known]) => known.toLowerCase() === name.toLowerCase());
      if (same) same[1] = `${same[1]}, ${value}`;
      else out.push([name, value]);
    }
  }
  return out;
}
