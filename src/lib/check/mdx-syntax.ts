import { createProcessor } from '@mdx-js/mdx';
import { stripFrontmatter } from '../text/paragraphs.ts';
import { bilingual, lineAndColumn } from './message.ts';

const processor = createProcessor({ format: 'mdx' });

interface Point {
  line: number;
  column: number;
  offset?: number | undefined;
}

interface ParseError {
  reason: string;
  ruleId?: string | undefined;
  source?: string | undefined;
  place?: Point | { start: Point; end: Point } | undefined;
}

/** A node of the MDX syntax tree, as far as the check looks at it. */
interface MdxNode {
  type: string;
  name?: string | null | undefined;
  position?: { start: Point } | undefined;
  children?: MdxNode[] | undefined;
}

function startOf(place: ParseError['place']): Point | undefined {
  return place && 'start' in place ? place.start : place;
}

/** The offset of the last unescaped `{` still open at `offset`: the brace that opened an expression MDX could not end. */
function openingBrace(text: string, offset: number): number | undefined {
  const open: number[] = [];
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') open.push(i);
    else if (text[i] === '}') open.pop();
  }
  return open[0];
}

/** The offset of the `<` that starts the tag MDX stumbled in at `offset`: the last `<` before it. */
function openingAngle(text: string, offset: number): number | undefined {
  const at = text.lastIndexOf('<', Math.max(0, offset - 1));
  return at === -1 ? undefined : at;
}

/** What the messages say about each kind of slip, in both languages. */
const SAY = {
  brace: {
    chinese: 'MDX 把“{”当作一段代码的开头，正文里却没有代码。若是误输入，删掉它；要在正文里显示“{”，请写成“\\{”。',
    english:
      'MDX reads “{” as the start of code, and the text has none: delete it if it was typed by mistake, or write “\\{” to show a brace.',
  },
  unclosedBrace: {
    chinese: 'MDX 把“{”当作一段代码的开头，一直找到文件末尾也没有对应的“}”。若是误输入，删掉它；要在正文里显示“{”，请写成“\\{”。',
    english:
      'MDX reads “{” as the start of code: expected a closing “}”, found none before the end of the file. Delete it if it was typed by mistake, or write “\\{” to show a brace.',
  },
  angle: {
    chinese: 'MDX 把“<”当作标签（如 <b>）的开头，这里却不是标签。若是误输入，删掉它；要在正文里显示“<”，请写成“\\<”。',
    english:
      'MDX reads “<” as the start of a tag (such as <b>), and no tag follows. Delete it if it was typed by mistake, or write “\\<” to show a “<”.',
  },
  esm: {
    chinese: 'MDX 把行首的 import / export 当作代码。正文里不该有代码：删掉这一行，或在行首加“\\”。',
    english: 'MDX reads import or export at the start of a line as code, and the text has none: delete the line, or put “\\” before it.',
  },
} as const;

const tagSay = (name: string, allowed: readonly string[]) => {
  const only = allowed.length === 0 ? '正文里没有标签' : `正文里只能用 ${allowed.map((tag) => `<${tag}>`).join('、')}`;
  const onlyEnglish =
    allowed.length === 0 ? 'The article’s text has no tags' : `The text may use only ${allowed.map((tag) => `<${tag}>`).join(', ')}`;
  return {
    unclosed: {
      chinese: `标签 <${name}> 没有结束：本段结束前找不到“</${name}>”。${only}：若是误输入，删掉它；要显示“<”，请写成“\\<”。`,
      english: `the tag <${name}> is never closed: expected “</${name}>” before the end of the paragraph, found none. ${onlyEnglish}: delete it, or write “\\<” to show a “<”.`,
    },
    unknown: {
      chinese: `这里有一个标签 <${name}>。${only}：删掉它；要显示“<”，请写成“\\<”。`,
      english: `here is a tag <${name}>. ${onlyEnglish}: delete it, or write “\\<” to show a “<”.`,
    },
  };
};

/** The offset of the last line before `offset` that starts with import or export, if there is one. */
function lastEsmLine(text: string, offset: number): number | undefined {
  return Array.from(text.slice(0, offset).matchAll(/^(?:import|export)\b/gm)).at(-1)?.index;
}

/** The first expression, ESM block or tag not in `allowed` in a parsed MDX tree, depth first. */
function firstStray(node: MdxNode, allowed: readonly string[]): MdxNode | undefined {
  const stray =
    ['mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'].includes(node.type) ||
    (['mdxJsxFlowElement', 'mdxJsxTextElement'].includes(node.type) && !allowed.includes(node.name ?? ''));
  if (stray) return node;
  for (const child of node.children ?? []) {
    const found = firstStray(child, allowed);
    if (found) return found;
  }
  return undefined;
}

/**
 * Parses an MDX source as the build will, and looks for what the text never has: code in braces, import/export, and any
 * tag but those `allowed` (`Zh` in the translation). Returns null if there is none, else one message, in Chinese with the
 * English beside it, pointing at the `{` or `<` itself and saying how to write it.
 */
export function mdxSyntaxProblem(file: string, source: string, allowed: readonly string[] = []): string | null {
  const text = source.replace(/\r\n?/g, '\n');
  // Frontmatter is YAML, not MDX: blank it out but keep its lines, so positions stay those of the file.
  const body = text.length - stripFrontmatter(text).length;
  const blanked = text.slice(0, body).replace(/[^\n]/g, '') + text.slice(body);
  const lines = blanked.split('\n');
  const at = (offset: number, say: { chinese: string; english: string }) => {
    const { line, column } = lineAndColumn(blanked, offset);
    return bilingual({ file, line, column }, say.chinese, say.english, lines[line - 1]);
  };
  let tree: MdxNode;
  try {
    tree = processor.parse(blanked) as MdxNode;
  } catch (caught) {
    const error = caught as ParseError;
    const place = startOf(error.place) ?? { line: 1, column: 1 };
    const offset = place.offset ?? lines.slice(0, place.line - 1).join('\n').length + place.column;
    if (error.ruleId === 'unexpected-eof' && error.reason.includes('closing brace')) {
      return at(openingBrace(blanked, offset) ?? offset, SAY.unclosedBrace);
    }
    // A line of prose that starts with import/export is read as code, and fails as such (before any brace check).
    // The parser may place it past the end of the line, so point at the last import/export line before it.
    if (error.source === 'micromark-extension-mdxjs-esm') return at(lastEsmLine(blanked, offset) ?? offset, SAY.esm);
    if (error.source === 'micromark-extension-mdx-expression') {
      return at(openingBrace(blanked, offset) ?? Math.max(0, blanked.lastIndexOf('{', offset)), SAY.brace);
    }
    const tag = /^Expected a closing tag for `<([^>]*)>` \((\d+):(\d+)-/.exec(error.reason);
    if (tag) {
      const [, name = '', line = '1', column = '1'] = tag;
      const say = tagSay(name, allowed).unclosed;
      return bilingual({ file, line: Number(line), column: Number(column) }, say.chinese, say.english, lines[Number(line) - 1]);
    }
    if (error.ruleId === 'unexpected-character' || (error.ruleId === 'unexpected-eof' && error.source?.includes('jsx'))) {
      return at(openingAngle(blanked, offset) ?? offset, SAY.angle);
    }
    return bilingual(
      { file, line: place.line, column: place.column },
      `MDX 读不懂这里（${error.reason}）。正文里的“<”“{”要写成“\\<”“\\{”。`,
      `this is not valid MDX: ${error.reason}. A “<” or “{” in the text is written “\\<” or “\\{”.`,
      lines[place.line - 1],
    );
  }
  const stray = firstStray(tree, allowed);
  const start = stray?.position?.start;
  if (!stray || !start) return null;
  const offset = start.offset ?? 0;
  if (stray.type === 'mdxjsEsm') return at(offset, SAY.esm);
  if (stray.type.startsWith('mdxJsx')) return at(offset, tagSay(stray.name ?? '', allowed).unknown);
  return at(offset, SAY.brace);
}
