import { CONTENT } from '../content/layout.ts';

/** What the site needs to know of a part's file to check it. */
export interface PartFile {
  id: string;
  /** The part's order; left out when its frontmatter could not be read, so that it takes no part in the order check. */
  order?: number | undefined;
  filePath: string;
  /** The line of the `order` field, if known. */
  line?: number | undefined;
}

/** Finds mistakes in the article's parts: unknown ids, missing parts, two parts with one order; one message each, naming the file. */
export function partProblems(parts: readonly PartFile[], knownIds: readonly string[], folder: string = CONTENT.article): string[] {
  const problems: string[] = [];
  const unknown = parts.filter((part) => !knownIds.includes(part.id));
  const missing = knownIds.filter((id) => !parts.some((part) => part.id === id)).map((id) => `${folder}/${id}.mdx`);
  for (const part of unknown) {
    // One unknown file and one missing one is most likely a rename: say so in one message.
    const renamed = unknown.length === 1 && missing.length === 1 ? ` (and ${missing[0]} is missing: was it renamed?)` : '';
    problems.push(`${part.filePath}: unknown section id “${part.id}”; expected one of ${knownIds.join(', ')}${renamed}`);
  }
  if (!(unknown.length === 1 && missing.length === 1)) {
    for (const file of missing) problems.push(`${file}: missing; every part of the article needs its file`);
  }
  const byOrder = new Map<number, PartFile>();
  for (const part of parts) {
    if (part.order === undefined) continue;
    const twin = byOrder.get(part.order);
    const at = part.line === undefined ? part.filePath : `${part.filePath}:${part.line}`;
    if (twin) problems.push(`${at}: order ${part.order} is already used by ${twin.filePath}; expected each part to have its own order`);
    else byOrder.set(part.order, part);
  }
  return problems;
}

/** Checks the article's parts: known ids only, each id once, no two with the same order; throws a message naming the file. */
export function checkParts(parts: readonly PartFile[], knownIds: readonly string[], folder: string = CONTENT.article): void {
  const problems = partProblems(parts, knownIds, folder);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
