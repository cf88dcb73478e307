/** Something the text may name: an id and the spellings that name it. */
export interface Named {
  id: string;
  /** The strings that stand for it in the text, as printed. */
  forms: readonly string[];
}

/** One place where a text names an entry. */
export interface Mention {
  id: string;
  form: string;
  /** Offset of the first UTF-16 unit of the match. */
  start: number;
  /** Offset just past the match. */
  end: number;
}

/** How mentions are matched: `words` (English) only where the match is not part of a longer word. */
export interface MatchOptions {
  words?: boolean;
}

const WORD_CHAR = /[A-Za-z0-9]/;

/** The first place at or after `from` where `form` stands in `text`; with `words`, only where no letter or digit touches it on either side. */
export function indexOfForm(text: string, form: string, from = 0, { words = false }: MatchOptions = {}): number {
  for (let at = text.indexOf(form, from); at !== -1; at = text.indexOf(form, at + 1)) {
    if (!words) return at;
    const before = text[at - 1] ?? '';
    const after = text[at + form.length] ?? '';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return at;
  }
  return -1;
}

/**
 * Every place where `text` names one of `entries`, left to right, never overlapping: at each point the
 * earliest match wins, and of matches starting at the same point the longest, so a short term inside a
 * longer one (临时党支部 inside 疫情防控临时党支部) counts for the longer one only if it is an entry too.
 * English text is matched with `{ words: true }`, so that `shock team` is not found inside `shock teams`.
 */
export function findMentions(text: string, entries: readonly Named[], options: MatchOptions = {}): Mention[] {
  const forms = entries.flatMap((entry) => entry.forms.filter((form) => form.length > 0).map((form) => ({ id: entry.id, form })));
  const found: Mention[] = [];
  let from = 0;
  for (;;) {
    let best: Mention | undefined;
    for (const { id, form } of forms) {
      const start = indexOfForm(text, form, from, options);
      if (start === -1) continue;
      const end = start + form.length;
      if (!best || start < best.start || (start === best.start && end > best.end)) best = { id, form, start, end };
    }
    if (!best) return found;
    found.push(best);
    from = best.end;
  }
}

/** The first mention of each entry in a run of texts (e.g. a page's paragraphs in order), keyed by entry id. */
export function firstMentions(
  texts: readonly string[],
  entries: readonly Named[],
  options: MatchOptions = {},
): Map<string, { index: number; mention: Mention }> {
  const first = new Map<string, { index: number; mention: Mention }>();
  texts.forEach((text, index) => {
    for (const mention of findMentions(text, entries, options)) {
      if (!first.has(mention.id)) first.set(mention.id, { index, mention });
    }
  });
  return first;
}

/** Some words of a text around a match: the match split out, and whether the text goes on before and after. */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
  cutStart: boolean;
  cutEnd: boolean;
}

/** A short excerpt of `text` around the first of `forms` it contains, with the match split out; null if none is there. With `words`, English matching and cuts between words. */
export function excerpt(text: string, forms: readonly string[], radius = 16, options: MatchOptions = {}): Excerpt | null {
  let start = -1;
  let match = '';
  for (const form of forms) {
    const at = indexOfForm(text, form, 0, options);
    if (at !== -1 && (start === -1 || at < start || (at === start && form.length > match.length))) {
      start = at;
      match = form;
    }
  }
  if (start === -1) return null;
  const chars = Array.from(text);
  const startChar = Array.from(text.slice(0, start)).length;
  const matchChars = Array.from(match).length;
  const from = Math.max(0, startChar - radius);
  const to = Math.min(chars.length, startChar + matchChars + radius);
  let before = chars.slice(from, startChar).join('');
  let after = chars.slice(startChar + matchChars, to).join('');
  // English is cut between words: a word the radius cut in two is left out.
  if (options.words && from > 0) before = before.replace(/^\S*\s+/, '');
  if (options.words && to < chars.length) after = after.replace(/\s+\S*$/, '');
  return { before, match, after, cutStart: from > 0, cutEnd: to < chars.length };
}
