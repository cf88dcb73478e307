/** Where a message points: a file, and the line and column when they are known. */
export interface Place {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
}

/** A place as messages start with it: `file`, `file:line` or `file:line:column` (most editors open it when clicked). */
export function placeOf({ file, line, column }: Place): string {
  if (line === undefined) return file;
  return column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
}

/** How far the English and the shown line stand in from the message's first line. */
const INDENT = '    ';

/** Tabs and other invisible characters made visible in a shown line. */
function visible(line: string): string {
  return line.replace(/\t/g, '→').replace(/\uFEFF/g, '␣');
}

/** East Asian wide characters, which take two columns in a terminal. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The longest stretch of a line a message shows in full; a longer one (a whole paragraph of MDX) is cut around the column. */
const SHOWN = 48;

/** The line as shown under a message (cut around `column` if long), and the character index of `column` in what is shown. */
function shownLine(text: string, column: number | undefined): { shown: string; at: number | undefined } {
  const chars = Array.from(visible(text));
  const index = column === undefined ? undefined : column - 1;
  if (chars.length <= SHOWN) return { shown: chars.join(''), at: index };
  const from = Math.max(0, Math.min((index ?? 0) - 12, chars.length - SHOWN));
  const to = Math.min(chars.length, from + SHOWN);
  const lead = from > 0 ? '...' : '';
  const shown = `${lead}${chars.slice(from, to).join('')}${to < chars.length ? '...' : ''}`;
  return { shown, at: index === undefined ? undefined : index - from + lead.length };
}

/**
 * A message in Chinese with the English beside it: `place: 中文`, then the English on the next line, then (if given) the
 * text of the line it is about, numbered, with a caret under the column.
 */
export function bilingual(place: Place, chinese: string, english: string, lineText?: string): string {
  const lines = [`${placeOf(place)}: ${chinese}`, `${INDENT}${english}`];
  if (lineText !== undefined && place.line !== undefined) {
    const gutter = `${INDENT}${place.line} | `;
    const { shown, at } = shownLine(lineText, place.column);
    lines.push(`${gutter}${shown}`);
    if (at !== undefined) {
      const width = Array.from(shown)
        .slice(0, at)
        .reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0);
      lines.push(`${' '.repeat(gutter.length + width)}^`);
    }
  }
  return lines.join('\n');
}

/** The line and column (1-based, in characters) of UTF-16 offset `offset` of `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: Array.from(before.at(-1) ?? '').length + 1 };
}
