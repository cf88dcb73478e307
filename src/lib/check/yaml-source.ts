import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A YAML text read for checking: its data, its first syntax error, and the line of any field. */
export interface YamlSource {
  /** The parsed data (dates stay strings, as the schemas coerce them). */
  data: unknown;
  /** The first syntax error, if the text is not valid YAML. */
  error: { line: number; column: number; message: string } | undefined;
  /** The line of the field at `path` (of its key, for a field of a mapping), or of the nearest enclosing node that exists. */
  lineOf(path: readonly PropertyKey[]): number;
}

/** Reads a YAML text that starts on line `firstLine` of its file (2 for MDX frontmatter), keeping every node's line. */
export function readYaml(text: string, firstLine = 1): YamlSource {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const first = doc.errors[0];
  const error = first && {
    line: lineAt(first.pos[0]),
    column: counter.linePos(first.pos[0]).col,
    message: first.message.split('\n')[0] ?? first.code,
  };
  return {
    data: error ? undefined : doc.toJS(),
    error,
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
  };
}
