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
