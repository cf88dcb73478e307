import { foldQuery, hasHan } from './normalize.ts';

/** One part of a query; a paragraph matches the query when it holds every part. */
export interface QueryPart {
  /** As the reader typed it (quotes and outer punctuation removed), for messages and highlighting. */
  text: string;
  /** Folded for matching (see normalize.ts). */
  folded: string;
  /** How it is matched: `phrase`, contiguously as written; `word`, as an English word (stemmed, by Pagefind, on English pages). */
  kind: 'phrase' | 'word';
}

// Opening quote marks and the mark that closes each.
const QUOTES: Readonly<Record<string, string>> = { '"': '"', '“': '”', '「': '」', '『': '』', '＂': '＂' };
const OPENING = /["“「『＂]/u;
const OUTER_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
// Nothing but punctuation, symbols and spaces: as a phrase it would be found everywhere, once they are set aside.
const NO_TEXT = /^[\s\p{P}\p{S}]*$/u;

/** Splits a query into its quoted passages and the unquoted text between them, in order; an unclosed quote runs to the end. */
function quotedAndNot(query: string): { text: string; quoted: boolean }[] {
  const pieces: { text: string; quoted: boolean }[] = [];
  let rest = query;
  for (let open = OPENING.exec(rest); open; open = OPENING.exec(rest)) {
    const close = rest.indexOf(QUOTES[open[0]] ?? '', open.index + 1);
    pieces.push({ text: rest.slice(0, open.index), quoted: false });
    pieces.push({ text: rest.slice(open.index + 1, close === -1 ? undefined : close), quoted: true });
    rest = close === -1 ? '' : rest.slice(close + 1);
  }
  pieces.push({ text: rest, quoted: false });
  return pieces;
}

/**
 * Parses a query into parts. A quoted passage is one phrase, spaces and all. Outside quotes, the query splits at
 * spaces; a piece holding a Chinese character is a phrase (`四长管控`, `5月3日`, `3717名`: found only as written,
 * contiguously), any other piece a word (`637`, `Lianhuasi`). Repeated parts count once; bare punctuation is dropped.
 */
export function parseQuery(query: string): QueryPart[] {
  const parts: QueryPart[] = [];
  const add = (text: string, kind: QueryPart['kind']) => {
    const folded = foldQuery(text);
    if (NO_TEXT.test(folded) || parts.some((part) => part.folded === folded)) return;
    parts.push({ text, folded, kind });
  };
  for (const piece of quotedAndNot(query)) {
    if (piece.quoted) {
      add(piece.text.trim(), 'phrase');
      continue;
    }
    for (const token of piece.text.split(/\s+/u)) {
      const text = token.replace(OUTER_PUNCTUATION, '');
      if (text !== '') add(text, hasHan(text) ? 'phrase' : 'word');
    }
  }
  return parts;
}

/** The query as one line for messages: its parts, space-separated, as typed. */
export function queryLabel(parts: readonly QueryPart[]): string {
  return parts.map((part) => part.text).join(' ');
}
