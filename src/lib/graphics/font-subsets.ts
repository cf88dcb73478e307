import { NO_LINE_START } from '../text/line-breaking.ts';
/** A font's Unicode ranges by subset name, as fontsource's `unicode.json` lists them (`{"[112]": "U+4e00-4e0f,U+5000"}`). */
export type UnicodeRanges = Readonly<Record<string, string>>;

function parseRanges(spec: string): [number, number][] {
  return spec.split(',').map((part) => {
    const [start = '0', end = start] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(start, 16), parseInt(end, 16)];
  });
}

/** The subsets (names without brackets, e.g. `112`, `latin`) that hold the characters of `text`, in the order of `ranges`; throws naming any character no subset has. */
export function subsetsFor(text: string, ranges: UnicodeRanges): string[] {
  const parsed = Object.entries(ranges).map(([name, spec]) => ({ name: name.replace(/^\[|\]$/g, ''), ranges: parseRanges(spec) }));
  const wanted = new Set<string>();
  const missing = new Set<string>();
  for (const char of new Set(Array.from(text))) {
    if (/\s/u.test(char)) continue;
    const code = char.codePointAt(0) ?? 0;
    const subset = parsed.find((s) => s.ranges.some(([a, b]) => code >= a && code <= b));
    if (subset) wanted.add(subset.name);
    else missing.add(char);
  }
  if (missing.size > 0) throw new Error(`no font subset holds ${[...missing].map((c) => `“${c}”`).join(' ')}`);
  return parsed.map((s) => s.name).filter((name) => wanted.has(name));
}

/** The article's title as the social image and the PDF's title page set it: balanced on two lines when longer than 11 characters. */
export function balancedTitle(title: string): string[] {
  return balancedLines(title, Array.from(title).length > 11 ? 2 : 1);
}

/** Splits a short heading into `lines` lines of near-equal length, moving a closing mark back onto the line before. */
export function balancedLines(text: string, lines: number): string[] {
  const chars = Array.from(text);
  if (lines <= 1 || chars.length <= 1) return [text];
  const out: string[] = [];
  let start = 0;
  for (let line = 0; line < lines; line++) {
    let end = line === lines - 1 ? chars.length : Math.round(((line + 1) * chars.length) / lines);
    while (end < chars.length && NO_LINE_START.has(chars[end] ?? '')) end += 1;
    if (end > start) out.push(chars.slice(start, end).join(''));
    start = end;
  }
  return out;
}
