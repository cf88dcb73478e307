/** A block of text a reader sees on a page (a paragraph, a heading, a list item, a table cell), with how to name it. */
export interface Block {
  /** The element's id, when it has one (every paragraph of the article has: `vanguard-4`). */
  id?: string | undefined;
  /** How the report names the block when it has no id, e.g. `h2`, `li`. */
  tag: string;
  text: string;
}

/** One change to a page's text: a block added, removed, or changed (with its text before and after). */
export type BlockChange =
  { kind: 'added'; block: Block } | { kind: 'removed'; block: Block } | { kind: 'changed'; before: Block; after: Block };

/** The pairs of indexes of `a` and `b` whose texts match in a longest common subsequence, in order. */
function commonRun(a: readonly Block[], b: readonly Block[]): [number, number][] {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i]?.text === b[j]?.text
          ? (table[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]?.text === b[j]?.text) pairs.push([i++, j++]);
    else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

/** Whether a removed and an added block are the same block changed: the same id, or neither with an id and the same tag. */
function sameBlock(a: Block, b: Block): boolean {
  return a.id !== undefined || b.id !== undefined ? a.id === b.id : a.tag === b.tag;
}

/** The changes in one stretch between unchanged blocks: pairs of the same block changed, and the rest added or removed. */
function changesBetween(removed: readonly Block[], added: readonly Block[]): BlockChange[] {
  const left = [...added];
  const changes: BlockChange[] = [];
  for (const [index, block] of removed.entries()) {
    // By id first; a block without one pairs with the block in its place, if that is the same kind of block.
    const byId = block.id === undefined ? -1 : left.findIndex((other) => other.id === block.id);
    const inPlace = added[index];
    const at = byId !== -1 ? byId : inPlace && left.includes(inPlace) && sameBlock(block, inPlace) ? left.indexOf(inPlace) : -1;
    const twin = left[at];
    if (twin) {
      changes.push({ kind: 'changed', before: block, after: twin });
      left.splice(at, 1);
    } else changes.push({ kind: 'removed', block });
  }
  return [...changes, ...left.map((block): BlockChange => ({ kind: 'added', block }))];
}

/**
 * The changes between a page's blocks before and after: blocks whose text stands in both are unchanged; between them,
 * a removed and an added block are one block changed when they share an id (or stand in the same place and are the same
 * kind of block), and the rest were added or removed.
 */
export function diffBlocks(before: readonly Block[], after: readonly Block[]): BlockChange[] {
  const changes: BlockChange[] = [];
  let i = 0;
  let j = 0;
  for (const [nextI, nextJ] of [...commonRun(before, after), [before.length, after.length] as [number, number]]) {
    changes.push(...changesBetween(before.slice(i, nextI), after.slice(j, nextJ)));
    i = nextI + 1;
    j = nextJ + 1;
  }
  return changes;
}

/** A changed field of a data entry. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** One change to a data file's entries, by id. */
export type EntryChange =
  | { kind: 'added'; id: string; entry: Record<string, unknown> }
  | { kind: 'removed'; id: string; entry: Record<string, unknown> }
  | { kind: 'changed'; id: string; fields: FieldChange[] };

/** A value as the report compares and shows it: dates as their day, everything else as JSON. */
export function shownValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? 'nothing';
}

/** The entries of a data file (a list with ids) added, removed or changed, field by field, in the order of the newer list. */
export function diffEntries(before: readonly Record<string, unknown>[], after: readonly Record<string, unknown>[]): EntryChange[] {
  const idOf = (entry: Record<string, unknown>) => String(entry['id']);
  const old = new Map(before.map((entry) => [idOf(entry), entry]));
  const now = new Set(after.map(idOf));
  const changes: EntryChange[] = [];
  for (const entry of after) {
    const was = old.get(idOf(entry));
    if (!was) {
      changes.push({ kind: 'added', id: idOf(entry), entry });
      continue;
    }
    const fields = [...new Set([...Object.keys(was), ...Object.keys(entry)])]
      .filter((field) => shownValue(was[field]) !== shownValue(entry[field]))
      .map((field) => ({ field, before: was[field], after: entry[field] }));
    if (fields.length > 0) changes.push({ kind: 'changed', id: idOf(entry), fields });
  }
  for (const entry of before) if (!now.has(idOf(entry))) changes.push({ kind: 'removed', id: idOf(entry), entry });
  return changes;
}

/**
 * Two texts side by side around where they differ: the common start and end cut to `context` characters, the differing
 * middle in brackets, e.g. `…共有[3]万余人次…` and `…共有[4]万余人次…`.
 */
export function aroundDifference(before: string, after: string, context = 16): { before: string; after: string } {
  const a = Array.from(before);
  const b = Array.from(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const show = (chars: string[]) => {
    const head = chars.slice(Math.max(0, start - context), start).join('');
    const middle = chars.slice(start, chars.length - end).join('');
    const tail = chars.slice(chars.length - end, chars.length - end + context).join('');
    return `${start > context ? '…' : ''}${head}[${middle}]${tail}${end > context ? '…' : ''}`;
  };
  return { before: show(a), after: show(b) };
}

/** How the report names a block: `¶ vanguard-5` for an article paragraph, `#id` for another element with an id, else its tag. */
export function blockName(block: Block): string {
  if (block.id && /^[a-z]+-\d+$/.test(block.id)) return `¶ ${block.id}`;
  return block.id ? `${block.tag}#${block.id}` : block.tag;
}

/** The changes of one page, for the report. */
export interface PageChanges {
  /** The page's path in `dist/`, e.g. `vanguard/index.html`. */
  page: string;
  changes: BlockChange[];
}

/** The report's lines for the pages' changes: each page, then each block added, removed or changed, with before and after. */
export function formatPageChanges(pages: readonly PageChanges[]): string[] {
  const lines: string[] = [];
  for (const { page, changes } of pages) {
    if (changes.length === 0) continue;
    lines.push(`/${page.replace(/index\.html$/, '')}`);
    for (const change of changes) {
      if (change.kind === 'changed') {
        const { before, after } = aroundDifference(change.before.text, change.after.text);
        lines.push(`  ${blockName(change.after)} changed / 改动`, `    before / 改前: ${before}`, `    after  / 改后: ${after}`);
      } else {
        const sign = change.kind === 'added' ? '+' : '-';
        const label = change.kind === 'added' ? 'added / 新增' : 'removed / 删除';
        const text = Array.from(change.block.text);
        lines.push(`  ${sign} ${blockName(change.block)} ${label}: ${text.slice(0, 60).join('')}${text.length > 60 ? '…' : ''}`);
      }
    }
  }
  return lines;
}

/** The report's lines for one data file's entry changes. */
export function formatEntryChanges(file: string, changes: readonly EntryChange[]): string[] {
  if (changes.length === 0) return [];
  const lines = [file];
  for (const change of changes) {
    if (change.kind === 'changed') {
      lines.push(`  ~ ${change.id}`);
      for (const { field, before, after } of change.fields) lines.push(`      ${field}: ${shownValue(before)} → ${shownValue(after)}`);
    } else {
      const sign = change.kind === 'added' ? '+' : '-';
      const summary = ['paragraph', 'phrase', 'term', 'printed', 'corrected', 'value']
        .filter((field) => change.entry[field] !== undefined)
        .map((field) => `${field}: ${shownValue(change.entry[field])}`)
        .join(', ');
      lines.push(`  ${sign} ${change.id}${summary ? ` (${summary})` : ''} ${change.kind === 'added' ? 'added / 新增' : 'removed / 删除'}`);
    }
  }
  return lines;
}
