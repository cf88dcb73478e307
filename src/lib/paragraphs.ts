/** The stable id of the `position`-th (1-based) paragraph of a section, e.g. `vanguard-4`. */
export function paragraphId(section: string, position: number): string {
  return `${section}-${position}`;
}

/** Splits a Markdown/MDX body (frontmatter removed) into its paragraphs, as written. */
export function splitParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
}

/** Removes a leading YAML frontmatter block (`---` … `---`) from an MDX source. */
export function stripFrontmatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(source);
  return match ? source.slice(match[0].length) : source;
}

/** A paragraph of a source file with where it starts: `line` is 1-based and counted in the whole file. */
export interface LocatedParagraph {
  text: string;
  line: number;
}

/** Splits a whole MDX source, frontmatter included, into the same paragraphs as `splitParagraphs` of its body, each with the line it starts on. */
export function locateParagraphs(source: string): LocatedParagraph[] {
  const text = source.replace(/\r\n?/g, '\n');
  const bodyStart = text.length - stripFrontmatter(text).length;
  const firstLine = text.slice(0, bodyStart).split('\n').length;
  const paragraphs: LocatedParagraph[] = [];
  let block: string[] = [];
  let start = 0;
  text
    .slice(bodyStart)
    .split('\n')
    .forEach((lineText, index) => {
      if (/^[ \t]*$/.test(lineText)) {
        if (block.length > 0) paragraphs.push({ text: block.join('\n').trim(), line: start });
        block = [];
        return;
      }
      if (block.length === 0) start = firstLine + index;
      block.push(lineText);
    });
  if (block.length > 0) paragraphs.push({ text: block.join('\n').trim(), line: start });
  return paragraphs;
}

/** The line and column (1-based, in characters) of the character at `index` of a located paragraph. */
export function positionIn(paragraph: LocatedParagraph, index: number): { line: number; column: number } {
  const before = Array.from(paragraph.text).slice(0, index).join('').split('\n');
  return { line: paragraph.line + before.length - 1, column: Array.from(before.at(-1) ?? '').length + 1 };
}
