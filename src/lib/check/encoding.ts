import { bilingual } from './message.ts';

/** How a content file's bytes were written: UTF-8 as the project wants it, or one of the slips a text editor makes. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16' | 'gb18030' | 'unknown';

/** A content file's text as decoded, with how it was encoded and, when it is not UTF-8, the first line that is not. */
export interface Decoded {
  text: string;
  encoding: Encoding;
  /** The 1-based line holding the first bytes that are not UTF-8, when the file is not UTF-8. */
  badLine?: number | undefined;
}

const decoder = (label: string) => new TextDecoder(label, { fatal: true, ignoreBOM: true });

/** Decodes with `label`, or undefined if the bytes are not valid in it. */
function attempt(label: string, bytes: Uint8Array): string | undefined {
  try {
    return decoder(label).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The 1-based line of the first byte sequence that is not UTF-8. Each line is decoded on its own: a line feed is never
 * part of a multi-byte sequence, and the decoder knows the rules a byte-range check misses (surrogates, overlong forms).
 */
function firstBadLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (;;) {
    const end = bytes.indexOf(0x0a, start);
    if (end === -1 || attempt('utf-8', bytes.subarray(start, end)) === undefined) return line;
    line += 1;
    start = end + 1;
  }
}

/**
 * Decodes a content file: UTF-8 as it should be; UTF-8 with a byte order mark (the mark taken off); UTF-16 (Notepad's
 * “Unicode”); or, failing UTF-8, GBK/GB18030 (the old default of Chinese Windows), so that the check can say so and go on
 * reading the text as the editor wrote it. Anything else is decoded with replacement characters.
 */
export function decodeContent(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = attempt('utf-8', bytes.subarray(3));
    if (text !== undefined) return { text, encoding: 'utf-8-bom' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const text = attempt(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', bytes.subarray(2));
    if (text !== undefined) return { text, encoding: 'utf-16', badLine: 1 };
  }
  const utf8 = attempt('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const badLine = firstBadLine(bytes);
  const gb = attempt('gb18030', bytes);
  if (gb !== undefined && /\p{Script=Han}/u.test(gb)) return { text: gb, encoding: 'gb18030', badLine };
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'unknown', badLine };
}

const RESAVE_ZH = 'VS Code：点右下角状态栏的编码名 →“通过编码保存”→“UTF-8”；记事本：“另存为”→“编码”选“UTF-8”';
const RESAVE_EN = 'VS Code: click the encoding in the status bar → “Save with Encoding” → “UTF-8”; Notepad: “Save As” → Encoding “UTF-8”';

/** The message for a content file not saved as plain UTF-8, naming the encoding found and how to save it again; null for UTF-8. */
export function encodingProblem(file: string, decoded: Decoded): string | null {
  const { encoding, text, badLine = 1 } = decoded;
  switch (encoding) {
    case 'utf-8':
      return null;
    case 'utf-8-bom':
      return bilingual(
        { file, line: 1, column: 1 },
        `文件开头有一个看不见的 BOM（字节顺序标记 U+FEFF）。它会让 MDX 和 YAML 认不出文件的开头（例如开头的“---”）。请把文件另存为不带 BOM 的“UTF-8”（${RESAVE_ZH}，不要选“UTF-8 with BOM”）。`,
        `The file starts with an invisible BOM (byte order mark, U+FEFF), which keeps MDX and YAML from reading its start (such as the opening “---”). Save it again as “UTF-8” without BOM (${RESAVE_EN}, not “UTF-8 with BOM”).`,
      );
    case 'utf-16':
      return bilingual(
        { file, line: 1, column: 1 },
        `这个文件是 UTF-16 编码（记事本里叫“Unicode”），不是 UTF-8。本项目的文件一律用 UTF-8：请重新保存为“UTF-8”（${RESAVE_ZH}）。`,
        `This file is in UTF-16 (Notepad calls it “Unicode”), not UTF-8. Every file here is UTF-8: save it again as “UTF-8” (${RESAVE_EN}).`,
      );
    case 'gb18030':
      return bilingual(
        { file, line: badLine, column: 1 },
        `这个文件不是 UTF-8 编码，看起来是 GBK/GB18030（中文 Windows 的旧默认编码），第 ${badLine} 行起就不是 UTF-8 了。本项目的文件一律用 UTF-8：请用 GB18030 打开，再另存为“UTF-8”（${RESAVE_ZH}）。下面按 GB18030 读出这一行：`,
        `This file is not in UTF-8: it reads as GBK/GB18030 (the old default of Chinese Windows), from line ${badLine} on. Every file here is UTF-8: open it as GB18030 and save it again as “UTF-8” (${RESAVE_EN}). The line, read as GB18030:`,
        text.replace(/\r\n?/g, '\n').split('\n')[badLine - 1],
      );
    case 'unknown':
      return bilingual(
        { file, line: badLine, column: 1 },
        `这个文件不是 UTF-8 编码（第 ${badLine} 行起），也不是 GBK/GB18030。请找出它原来的编码，重新保存为“UTF-8”（${RESAVE_ZH}）。`,
        `This file is not in UTF-8 (from line ${badLine} on), nor in GBK/GB18030. Find the encoding it was saved in and save it again as “UTF-8” (${RESAVE_EN}).`,
      );
  }
}
