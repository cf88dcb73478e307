/** A slip in a YAML text that the YAML reader reports in its own words: where it is (1-based, in the text), and what to say. */
export interface YamlSlip {
  line: number;
  column: number;
  chinese: string;
  english: string;
}

/** A mapping key at the start of a line's content, e.g. `phrase:` or `"phrase":` (after any `- `). */
const KEY = /^(?:- +)*(?:[A-Za-z_][\w-]*|"[^"]*"|'[^']*'):(?: |$)/;

/** A line's indentation, its content, and where its first key starts (after any `- `), for the indentation check. */
interface Line {
  number: number;
  indent: number;
  content: string;
  /** The column (0-based) of the mapping key the line holds, if it holds one. */
  keyAt: number | undefined;
  /** True when the line opens a block: a key with no value, a block scalar (`>-`, `|`), or a lone `-`. */
  opens: boolean;
  /** True when the block it opens is a block scalar, whose lines are text, not YAML. */
  scalar: boolean;
}

function describe(text: string, number: number): Line | undefined {
  const content = text.trimStart();
  if (content === '' || content.startsWith('#')) return undefined;
  const indent = text.length - content.length;
  const dashes = /^(?:- +)*/.exec(content)?.[0].length ?? 0;
  const keyAt = KEY.test(content) ? indent + dashes : undefined;
  const value = content.replace(/\s+#.*$/, '');
  const scalar = /:\s*[>|][+-]?\d*$/.test(value);
  const opens = /:$/.test(value) || scalar || /^-$/.test(value);
  return { number, indent, content, keyAt, opens, scalar };
}

/** The first line indented with a tab: YAML allows only spaces there. */
function tabSlip(lines: readonly string[]): YamlSlip | undefined {
  const index = lines.findIndex((line) => /^[ ]*\t/.test(line));
  if (index === -1) return undefined;
  const column = (lines[index] ?? '').indexOf('\t') + 1;
  return {
    line: index + 1,
    column,
    chinese: '这一行用制表符（Tab）缩进，YAML 只认空格。请把 Tab 换成空格，与同一层的其他行对齐（通常是 2 个空格）。',
    english:
      'This line is indented with a tab, which YAML does not allow: replace the tab with spaces, lined up with the other lines at its level (usually 2).',
  };
}

/**
 * The first line indented more or less than the structure around it allows: deeper than the field before it (which holds a
 * value, so nothing may nest under it), or at a depth no open level has. Lines inside a block scalar are skipped.
 */
function indentSlip(lines: readonly string[]): YamlSlip | undefined {
  const levels: number[] = [0];
  let previous: Line | undefined;
  let scalarAbove: number | undefined;
  for (const [index, text] of lines.entries()) {
    const line = describe(text, index + 1);
    if (!line) continue;
    if (scalarAbove !== undefined && line.indent > scalarAbove) continue;
    scalarAbove = undefined;
    // A line nested under the line that opened a block starts a level; any other line is checked like the rest.
    const under = previous?.keyAt ?? previous?.indent ?? 0;
    if (previous?.opens && (line.indent > under || (line.indent === under && line.content.startsWith('-')))) {
      levels.push(line.indent);
    } else if (line.keyAt !== undefined) {
      const expected = expectedIndent(line, previous, levels);
      if (expected !== line.indent) return wrongIndent(line, expected);
      while ((levels.at(-1) ?? 0) > line.indent) levels.pop();
    }
    if (line.keyAt !== undefined && line.keyAt > line.indent && !levels.includes(line.keyAt)) levels.push(line.keyAt);
    if (line.scalar) scalarAbove = line.keyAt ?? line.indent;
    previous = line;
  }
  return undefined;
}

/** Where a line holding a key should start: deeper than a field with a value it may not be, else at the nearest open level (the deeper one of two as near). */
function expectedIndent(line: Line, previous: Line | undefined, levels: readonly number[]): number {
  if (levels.includes(line.indent)) return line.indent;
  if (previous?.keyAt !== undefined && line.indent > previous.keyAt) return previous.keyAt;
  return levels.reduce((best, level) => (Math.abs(level - line.indent) <= Math.abs(best - line.indent) ? level : best), 0);
}

/** `n spaces`, or `1 space`. */
const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;

/** The slip of a line indented off every open level, with the indentation it should have. */
function wrongIndent(line: Line, expected: number): YamlSlip {
  return {
    line: line.number,
    column: 1,
    chinese: `缩进不对：这一行缩进了 ${line.indent} 个空格，同一层的其他行是 ${expected} 个。YAML 靠缩进分辨层次，请改成 ${expected} 个空格。`,
    english: `Wrong indentation: this line is indented ${spaces(line.indent)} where the lines at its level have ${expected}. YAML reads the structure from the indentation: indent it ${spaces(expected)}.`,
  };
}

/** The slip that most likely made a YAML text unreadable (a tab, or wrong indentation), if it is one of those. */
export function yamlSlip(text: string): YamlSlip | undefined {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return tabSlip(lines) ?? indentSlip(lines);
}

/** Full-width digits (０–９), which look like numerals but are not read as numbers. */
const FULL_WIDTH_DIGITS = /[\uff10-\uff19]+/gu;

/** Each run of full-width digits in a text, with its line and column (1-based) and its ASCII form. */
export function fullWidthDigits(text: string): { line: number; column: number; written: string; ascii: string }[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((line, index) =>
      Array.from(line.matchAll(FULL_WIDTH_DIGITS), (match) => ({
        line: index + 1,
        column: Array.from(line.slice(0, match.index)).length + 1,
        written: match[0],
        ascii: asciiDigits(match[0]),
      })),
    );
}

/** A text with its full-width digits written as ASCII digits (the same length in UTF-16, so every position stays). */
export function asciiDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGITS, (digits) => Array.from(digits, (digit) => String((digit.codePointAt(0) ?? 0) - 0xff10)).join(''));
}
