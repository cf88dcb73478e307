import { createProcessor } from '@mdx-js/mdx';
import { stripFrontmatter } from '../text/paragraphs.ts';

const processor = createProcessor({ format: 'mdx' });

interface Place {
  line: number;
  column: number;
  offset?: number | undefined;
}

interface ParseError {
  reason: string;
  ruleId?: string | undefined;
  place?: Place | { start: Place; end: Place } | undefined;
}

function startOf(place: ParseError['place']): Place | undefined {
  return place && 'start' in place ? place.start : place;
}

/** The line and column of the `{` that opens the expression left unclosed at `offset` (the last `{` still open there). */
function openingBrace(text: string, offset: number): { line: number; column: number } | undefined {
  const open: number[] = [];
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') open.push(i);
    else if (text[i] === '}') open.pop();
  }
  const at = open[0];
  if (at === undefined) return undefined;
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: Array.from(before.at(-1) ?? '').length + 1 };
}

/** The few characters around a place, to show an editor where to look. */
function around(text: string, line: number, column: number): string {
  const chars = Array.from(text.split('\n')[line - 1] ?? '');
  return chars.slice(Math.max(0, column - 7), column + 5).join('');
}

/**
 * Parses an MDX source as the build will; returns null if it reads, else one message naming the file, line and column,
 * what MDX expected and what it found there (e.g. a `{` never closed, a tag never closed).
 */
export function mdxSyntaxProblem(file: string, source: string): string | null {
  const text = source.replace(/\r\n?/g, '\n');
  // Frontmatter is YAML, not MDX: blank it out but keep its lines, so positions stay those of the file.
  const body = text.length - stripFrontmatter(text).length;
  const blanked = text.slice(0, body).replace(/[^\n]/g, '') + text.slice(body);
  try {
    processor.parse(blanked);
    return null;
  } catch (caught) {
    const error = caught as ParseError;
    const place = startOf(error.place) ?? { line: 1, column: 1 };
    const at = (line: number, column: number) => `${file}:${line}:${column} (at “${around(blanked, line, column)}”)`;
    if (error.ruleId === 'unexpected-eof' && error.reason.includes('closing brace')) {
      const brace = openingBrace(blanked, place.offset ?? blanked.length) ?? place;
      return (
        `${at(brace.line, brace.column)}: MDX reads “{” as the start of a code expression: expected a closing “}”, ` +
        `found none before the end of the file. The article has no braces: delete it, or write “\\{” to show a brace`
      );
    }
    const tag = /^Expected a closing tag for `<([^>]*)>` \((\d+):(\d+)-/.exec(error.reason);
    if (tag) {
      const [, name = '', line = '1', column = '1'] = tag;
      return (
        `${at(Number(line), Number(column))}: the tag <${name}> is never closed: expected “</${name}>” before the end of the paragraph, ` +
        `found none. The article’s text has no tags: delete it, or write “\\<” to show a “<”`
      );
    }
    return `${at(place.line, place.column)}: this is not valid MDX: ${error.reason}`;
  }
}
