import { describe, expect, it } from 'vitest';
import { decodeContent, encodingProblem } from '@/lib/check/encoding.ts';
import { childOutput } from '../../support/child.ts';

/** The line `decodeContent` reports as the first that is not UTF-8, for these bytes. */
const badLine = (...bytes: number[]) => decodeContent(Uint8Array.from(bytes)).badLine;

describe('decodeContent', () => {
  it('tells UTF-8, UTF-8 with a BOM, UTF-16 and GB18030 apart, and finds the first line that is not UTF-8', () => {
    expect(decodeContent(Buffer.from('甲\n乙\n'))).toEqual({ text: '甲\n乙\n', encoding: 'utf-8' });
    expect(decodeContent(Buffer.from('\uFEFF甲'))).toEqual({ text: '甲', encoding: 'utf-8-bom' });
    expect(decodeContent(Buffer.from('\uFEFF甲', 'utf16le'))).toMatchObject({ text: '甲', encoding: 'utf-16' });
    const bytes = childOutput('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: 'a: b\nc: 鎮\n' });
    expect(decodeContent(bytes)).toEqual({ text: 'a: b\nc: 鎮\n', encoding: 'gb18030', badLine: 2 });
  });

  it('takes only EF BB BF as a byte order mark, and keeps a second mark in the text', () => {
    expect(decodeContent(Buffer.from('a¿'))).toEqual({ text: 'a¿', encoding: 'utf-8' }); // 61 C2 BF
    expect(decodeContent(Buffer.from('＿'))).toEqual({ text: '＿', encoding: 'utf-8' }); // EF BC BF
    expect(decodeContent(Buffer.from('仿'))).toEqual({ text: '仿', encoding: 'utf-8' }); // E4 BB BF
    expect(decodeContent(Buffer.from('ﻀ'))).toEqual({ text: 'ﻀ', encoding: 'utf-8' }); // EF BB 80
    expect(decodeContent(Buffer.from('\uFEFF\uFEFF甲'))).toEqual({ text: '\uFEFF甲', encoding: 'utf-8-bom' });
  });

  it('takes only FF FE and FE FF as UTF-16 byte order marks, FE FF as big-endian', () => {
    expect(decodeContent(Uint8Array.from([0xfe, 0xff, 0x00, 0x61]))).toEqual({ text: 'a', encoding: 'utf-16', badLine: 1 });
    const unknown = (text: string) => ({ text, encoding: 'unknown', badLine: 1 });
    expect(decodeContent(Uint8Array.from([0xff, 0x41, 0x61, 0x00]))).toEqual(unknown('\uFFFDAa\u0000'));
    expect(decodeContent(Uint8Array.from([0x61, 0xfe, 0x61, 0xff]))).toEqual(unknown('a\uFFFDa\uFFFD'));
    expect(decodeContent(Uint8Array.from([0x61, 0xff, 0x00, 0x61]))).toEqual(unknown('a\uFFFD\u0000a'));
    expect(decodeContent(Uint8Array.from([0xfe, 0x41, 0x00, 0xff]))).toEqual(unknown('\uFFFDA\u0000\uFFFD'));
  });

  it('reads bytes as GB18030 only when they give Chinese characters', () => {
    expect(decodeContent(Uint8Array.from([0xd6, 0xd0]))).toEqual({ text: '中', encoding: 'gb18030', badLine: 1 });
    expect(decodeContent(Uint8Array.from([0xa3, 0xc1]))).toEqual({ text: '\uFFFD\uFFFD', encoding: 'unknown', badLine: 1 });
  });

  it('reads well-formed UTF-8 sequences of every length, so the first bad line is the one after them', () => {
    expect(badLine(0xc2, 0xa9, 0x0a, 0xff)).toBe(2);
    expect(badLine(0xdf, 0xbf, 0x0a, 0xff)).toBe(2);
    expect(badLine(0xe0, 0xa0, 0x80, 0x0a, 0xff)).toBe(2);
    expect(badLine(0xef, 0xbf, 0xbd, 0x0a, 0xff)).toBe(2);
    expect(badLine(0xf0, 0x90, 0x80, 0x80, 0x0a, 0xff)).toBe(2);
    expect(badLine(0xf4, 0x8f, 0xbf, 0xbf, 0x0a, 0xff)).toBe(2);
  });

  it('stops at a byte no UTF-8 sequence starts with, however many continuation bytes follow it', () => {
    expect(badLine(0x80, 0x0a, 0xff)).toBe(1);
    expect(badLine(0x80, 0x80, 0x0a, 0xff)).toBe(1);
    expect(badLine(0x80, 0x80, 0x80, 0x0a, 0xff)).toBe(1);
    expect(badLine(0x80, 0x80, 0x80, 0x80, 0x0a, 0xff)).toBe(1);
    expect(badLine(0xf5, 0x80, 0x80, 0x80, 0x0a, 0xff)).toBe(1);
  });

  it('names the line of a surrogate, an overlong form or a code point past U+10FFFF, which a lead byte alone would pass', () => {
    expect(badLine(0x61, 0x0a, 0xed, 0xa0, 0x80, 0x0a, 0x62)).toBe(2);
    expect(badLine(0x61, 0x0a, 0xe0, 0x80, 0x80, 0x0a, 0x62)).toBe(2);
    expect(badLine(0x61, 0x0a, 0xf4, 0x90, 0x80, 0x80, 0x0a, 0x62)).toBe(2);
  });

  it('names the last line when the bad bytes are after the last line feed, or cut a sequence short at it', () => {
    expect(badLine(0x61, 0x0a, 0x62, 0x0a, 0xff)).toBe(3);
    expect(badLine(0x61, 0x0a, 0xe4, 0xb8, 0x0a, 0x62)).toBe(2);
  });
});

const RESAVE_ZH = 'VS Code：点右下角状态栏的编码名 →“通过编码保存”→“UTF-8”；记事本：“另存为”→“编码”选“UTF-8”';
const RESAVE_EN = 'VS Code: click the encoding in the status bar → “Save with Encoding” → “UTF-8”; Notepad: “Save As” → Encoding “UTF-8”';

describe('encodingProblem', () => {
  it('says a UTF-16 file is not UTF-8 and how to save it again', () => {
    expect(encodingProblem('a.mdx', { text: '甲', encoding: 'utf-16', badLine: 1 })?.split('\n')).toEqual([
      `a.mdx:1:1: 这个文件是 UTF-16 编码（记事本里叫“Unicode”），不是 UTF-8。本项目的文件一律用 UTF-8：请重新保存为“UTF-8”（${RESAVE_ZH}）。`,
      `    This file is in UTF-16 (Notepad calls it “Unicode”), not UTF-8. Every file here is UTF-8: save it again as “UTF-8” (${RESAVE_EN}).`,
    ]);
  });

  it('says from which line a file in an unknown encoding is not UTF-8', () => {
    expect(encodingProblem('a.mdx', { text: 'a', encoding: 'unknown', badLine: 3 })?.split('\n')).toEqual([
      `a.mdx:3:1: 这个文件不是 UTF-8 编码（第 3 行起），也不是 GBK/GB18030。请找出它原来的编码，重新保存为“UTF-8”（${RESAVE_ZH}）。`,
      `    This file is not in UTF-8 (from line 3 on), nor in GBK/GB18030. Find the encoding it was saved in and save it again as “UTF-8” (${RESAVE_EN}).`,
    ]);
  });

  it('shows the GB18030 line, counting lines ended by CR LF or by a lone CR', () => {
    const message = encodingProblem('a.mdx', { text: '甲\r乙\r\n丙', encoding: 'gb18030', badLine: 3 });
    expect(message?.split('\n').slice(2)).toEqual(['    3 | 丙', '        ^']);
  });
});
