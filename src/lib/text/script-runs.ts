/** A run of text in one script: Chinese (Han characters and CJK punctuation) or not. */
export interface ScriptRun {
  text: string;
  chinese: boolean;
}

// Han characters, CJK symbols and punctuation, and full-width forms: what needs `lang="zh-CN"` inside English.
const CHINESE_RUN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+(?:[\s·]*[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+)*/gu;

/** Splits text into Chinese and other runs, so an English page can mark each Chinese run as `lang="zh-CN"`. */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let at = 0;
  for (const match of text.matchAll(CHINESE_RUN)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), chinese: false });
    runs.push({ text: match[0], chinese: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), chinese: false });
  return runs;
}
