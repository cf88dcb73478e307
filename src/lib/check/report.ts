import { CONTENT } from '../content/layout.ts';

/** The editing guide in each language. */
export const GUIDE = { zh: 'docs/EDITING.md', en: 'docs/EDITING.en.md' } as const;

/** The first line of a report: how many problems, in both languages. */
export function reportHeading(count: number): string {
  return `内容有 ${count} 处问题 / ${count} problem${count === 1 ? '' : 's'} in the content:`;
}

/** A recipe of the guide that helps with messages naming certain files, by its Chinese and English headings. */
interface Pointer {
  test: (problem: string) => boolean;
  zh: string;
  en: string;
}

/** Whether a problem is about `path` (a file, or any file in a folder): its message starts there, or lists a place there. */
const names = (path: string) => (problem: string) =>
  [problem, ...problem.split('\n').map((line) => line.trim())].some(
    (line) => line.startsWith(path) && (path.endsWith('/') || /^[:/ ]/.test(line.slice(path.length))),
  );

const POINTERS: readonly Pointer[] = [
  {
    // The text against the reference, the errata and the reference itself; not a slip such as an encoding or a brace.
    test: (problem) => problem.includes(CONTENT.reference) || names(CONTENT.errata)(problem),
    zh: '正文照原刊一字不改；原刊印错的，在 content/errata.yaml 里记一条勘误（编辑指南“更正错字”“更正印错的数字”）',
    en: 'the text stays as printed: a misprint is corrected in content/errata.yaml (guide: “Correct a misprint”, “Correct a printed figure”)',
  },
  {
    test: names(CONTENT.figures),
    zh: '数字台账见编辑指南“更正印错的数字”',
    en: 'the figures ledger: guide, “Correct a printed figure”',
  },
  {
    test: (problem) => names(CONTENT.glossary)(problem) || names(CONTENT.en.glossary)(problem),
    zh: '名词解释见编辑指南“添加名词解释”',
    en: 'the glossary: guide, “Add a glossary term”',
  },
  {
    test: (problem) => names(CONTENT.entities)(problem) || names(CONTENT.en.entities)(problem),
    zh: '人物与地点索引见编辑指南“修改索引里的名字”',
    en: 'the index: guide, “Fix a name in the index”',
  },
  {
    test: (problem) => names(CONTENT.editorsNote)(problem) || names(CONTENT.en.editorsNote)(problem),
    zh: '编者按见编辑指南“添加编者按”',
    en: 'the editor’s note: guide, “Add an editor’s note”',
  },
  {
    test: (problem) => names('content/en/')(problem),
    zh: '英文译文见编辑指南“英文译文”',
    en: 'the translation: guide, “The English translation”',
  },
];

/** The hint after a report: where the guide explains each message, and the recipes for the files the messages name. */
export function reportHint(problems: readonly string[]): string {
  const recipes = POINTERS.filter((pointer) => problems.some(pointer.test));
  const lines = [
    `  提示：每条信息先写位置（文件:行:列），再写哪里不对、怎么改；${GUIDE.zh}（编辑指南）“读懂错误信息”一节逐条举例。`,
    `  Hint: each message gives the place (file:line:column), then what is wrong and what to do; ${GUIDE.en}, “Reading an error”, shows each kind.`,
    ...recipes.map((pointer) => `  · ${pointer.zh} / ${pointer.en}`),
  ];
  return lines.join('\n');
}

/** A whole report of the content's problems, as the build, the dev server and `npm run check:content` print it. */
export function formatReport(problems: readonly string[]): string {
  return `${reportHeading(problems.length)}\n${problems.join('\n')}\n${reportHint(problems)}`;
}
