/** What the site needs to know of a part's file to check it. */
export interface PartFile {
  id: string;
  order: number;
  filePath: string;
}

/** Checks the article's parts: known ids only, each id once, no two with the same order; throws a message naming the file. */
export function checkParts(parts: readonly PartFile[], knownIds: readonly string[], folder = 'content/article'): void {
  const problems: string[] = [];
  for (const part of parts) {
    if (!knownIds.includes(part.id)) {
      problems.push(`${part.filePath}: unknown section id “${part.id}”; expected one of ${knownIds.join(', ')}`);
    }
  }
  for (const id of knownIds) {
    if (!parts.some((part) => part.id === id)) problems.push(`${folder}/${id}.mdx: missing; every part of the article needs its file`);
  }
  const byOrder = new Map<number, PartFile>();
  for (const part of parts) {
    const twin = byOrder.get(part.order);
    if (twin) problems.push(`${part.filePath}: order ${part.order} is already used by ${twin.filePath}; each part needs its own order`);
    else byOrder.set(part.order, part);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
