import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decodeContent } from '@/lib/check/encoding.ts';

describe('decodeContent', () => {
  it('tells UTF-8, UTF-8 with a BOM, UTF-16 and GB18030 apart, and finds the first line that is not UTF-8', () => {
    expect(decodeContent(Buffer.from('甲\n乙\n'))).toEqual({ text: '甲\n乙\n', encoding: 'utf-8' });
    expect(decodeContent(Buffer.from('\uFEFF甲'))).toEqual({ text: '甲', encoding: 'utf-8-bom' });
    expect(decodeContent(Buffer.from('\uFEFF甲', 'utf16le'))).toMatchObject({ text: '甲', encoding: 'utf-16' });
    const bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: 'a: b\nc: 鎮\n' });
    expect(decodeContent(bytes)).toEqual({ text: 'a: b\nc: 鎮\n', encoding: 'gb18030', badLine: 2 });
  });
});
