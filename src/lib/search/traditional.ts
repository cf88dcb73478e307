// A query in traditional characters (黨員) is searched in simplified ones (党员). The converter is large, so the
// search page carries only the characters worth converting, and loads the converter when a query holds one.

/**
 * The characters among `candidates` that `convert` changes into characters of `corpus` alone, in code-point order, as
 * one string: the only traditional characters by which a query can reach the text.
 */
export function foldableChars(candidates: Iterable<string>, convert: (text: string) => string, corpus: string): string {
  const present = new Set(Array.from(corpus));
  const chars = new Set<string>();
  for (const char of candidates) {
    if (Array.from(char).length !== 1) continue;
    const converted = convert(char);
    if (converted !== char && Array.from(converted).every((c) => present.has(c))) chars.add(char);
  }
  return [...chars].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');
}

/** True when `text` holds one of the characters of `chars`. */
export function holdsAny(text: string, chars: string): boolean {
  const set = new Set(Array.from(chars));
  return Array.from(text).some((char) => set.has(char));
}
