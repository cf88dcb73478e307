import { foldQuery } from './normalize.ts';

/** An entry a query may name: a glossary term or an entry of the who-and-where index, with the names it goes by. */
export interface CardEntry {
  id: string;
  names: readonly string[];
}

const NOT_TEXT = /[\s\p{P}\p{S}]/gu;

/** The key names and queries are compared by: folded, without spaces, punctuation or quote marks. */
export function cardKey(text: string): string {
  return foldQuery(text).replace(NOT_TEXT, '');
}

/** The entry the whole query names (`四长管控`, `在职党员双报到`, `yin zhonglong`), if any. */
export function findCard<T extends CardEntry>(query: string, entries: readonly T[]): T | undefined {
  const key = cardKey(query);
  if (key === '') return undefined;
  return entries.find((entry) => entry.names.some((name) => cardKey(name) === key));
}
