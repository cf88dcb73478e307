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

/**
 * Every place where `text` names one of `entries`, left to right, never overlapping: at each point the
 * earliest match wins, and of matches starting at the same point the longest, so a short term inside a
 * longer one (临时党支部 inside 疫情防控临时党支部) counts for the longer one only if it is an entry too.
 */
export function findMentions(text: string, entries: readonly Named[]): Mention[] {
  const forms = entries.flatMap((entry) => entry.forms.filter((form) => form.length > 0).map((form) => ({ id: entry.id, form })));
  const found: Mention[] = [];
  let from = 0;
  for (;;) {
    let best: Mention | undefined;
    for (const { id, form } of forms) {
      const start = text.indexOf(form, from);
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
export function firstMentions(texts: readonly string[], entries: readonly Named[]): Map<string, { index: number; mention: Mention }> {
  const first = new Map<string, { index: number; mention: Mention }>();
  texts.forEach((text, index) => {
    for (const mention of findMentions(text, entries)) {
      if (!first.has(mention.id)) first.set(mention.id, { index, mention });
    }
  });
  return first;
}

/** A short excerpt of `text` around the first of `forms` it contains, with the match split out; null if none is there. */
export function excerpt(
  text: string,
  forms: readonly string[],
  radius = 16,
): { before: string; match: string; after: string; cutStart: boolean; cutEnd: boolean } | null {
  let start = -1;
  let match = '';
  for (const form of forms) {
    const at = text.indexOf(form);
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
  return {
    before: chars.slice(from, startChar).join(''),
    match,
    after: chars.slice(startChar + matchChars, to).join(''),
    cutStart: from > 0,
    cutEnd: to < chars.length,
  };
}
