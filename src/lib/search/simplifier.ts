// The traditional → simplified converter: OpenCC's t2s (opencc-js's TSPhrases, then TSCharacters, longest match
// first), which takes Taiwan's and Hong Kong's common forms too (為, 裡, 臺). The variant tables OpenCC adds for tw2s
// and hk2s are left out: alone, without their phrase tables, they turn simplified words into others (什么 → 什幺).
// The search page loads this module only for a query that needs it; the build reads it to list the characters that do.
import { ConverterFactory } from 'opencc-js/core';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';

/** Converts text in traditional characters to simplified ones. */
export const toSimplified: (text: string) => string = ConverterFactory([TSPhrases, TSCharacters]);

/** Every character the converter's dictionaries start an entry with: the characters it may change. */
export function convertibleChars(): string[] {
  return [...new Set([TSPhrases, TSCharacters].flatMap((dict) => dict.split('|').map((entry) => Array.from(entry)[0] ?? '')))];
}
