import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { asciiDigits, fullWidthDigits, yamlSlip } from './yaml-slips.ts';

/** A YAML text read for checking: its data, its first syntax error, and the line of any field. */
export interface YamlSource {
  /** The parsed data (dates stay strings, as the schemas coerce them). */
  data: unknown;
  /** The first syntax error, if the text is not valid YAML, with the slip that most likely caused it when it is a known one. */
  error: { line: number; column: number; message: string; slip?: { chinese: string; english: string } | undefined } | undefined;
  /** Full-width digits (read as the ASCII digits they stand for, so that nothing else trips over them), with their places in the file. */
  fullWidth: { line: number; column: number; written: string; ascii: string }[];
  /** The text of line `line` of the file (counted as in messages). */
  lineText(line: number): string | undefined;
  /** The line and column (1-based) where the value at `path` starts, if it exists. */
  valueAt(path: readonly PropertyKey[]): { line: number; column: number } | undefined;
  /** The line of the field at `path` (of its key, for a field of a mapping), or of the nearest enclosing node that exists. */
  lineOf(path: readonly PropertyKey[]): number;
}

/** Reads a YAML text that starts on line `firstLine` of its file (2 for MDX frontmatter), keeping every node's line. */
export function readYaml(text: string, firstLine = 1): YamlSource {
  const counter = new LineCounter();
  const doc = parseDocument(asciiDigits(text), { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const first = doc.errors[0];
  const slip = first && yamlSlip(text);
  const error = first && {
    line: slip ? slip.line + firstLine - 1 : lineAt(first.pos[0]),
    column: slip ? slip.column : counter.linePos(first.pos[0]).col,
    message: first.message.split('\n')[0] ?? first.code,
    slip: slip && { chinese: slip.chinese, english: slip.english },
  };
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return {
    data: error ? undefined : doc.toJS(),
    error,
    fullWidth: fullWidthDigits(text).map((digits) => ({ ...digits, line: digits.line + firstLine - 1 })),
    lineText: (line) => lines[line - firstLine],
    lineOf(path) {
      const startOf = (node: unknown) => (node as Node | null)?.range?.[0];
      let node: unknown = doc.contents;
      let line = lineAt(startOf(node) ?? 0);
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
          if (!pair) break;
          if (isScalar(pair.key) && pair.key.range) line = lineAt(pair.key.range[0]);
          node = pair.value;
        } else if (isSeq(node) && typeof key === 'number') {
          const item = node.items[key];
          if (!item) break;
          const start = startOf(item);
          if (start !== undefined) line = lineAt(start);
          node = item;
        } else break;
      }
      return line;
    },
    valueAt(path) {
      const node = doc.getIn(path as unknown[], true) as Node | undefined;
      const start = node?.range?.[0];
      if (start === undefined) return undefined;
      return { line: lineAt(start), column: counter.linePos(start).col };
    },
  };
}
