import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/check/content-check.ts';
import { CONTENT } from '@/lib/content/layout.ts';
import { withFile } from '../../support/content-files.ts';
import { readContent } from '@/integrations/content-check.ts';

const NOTE = '---\ndate: 2026-12-01\nby: 本版编者\n---\n\n本文据原刊录入，原文照录。文中一处数字经核实更正，见文末勘误。\n\n第二段。\n';
const NOTE_EN =
  '---\ndate: 2026-12-01\nby: the editors of this edition\n---\n\nThis text follows the periodical as printed. One figure, checked since, is corrected (see the note after the part).\n\nA second paragraph.\n';

describe('the editor’s note in the content check', () => {
  const files = readContent('.');
  const note = (path: string, text: string) => ({ path, text });

  it('takes a note in both languages', () => {
    const both = withFile(
      withFile(files, 'editorsNote', note(CONTENT.editorsNote, NOTE)),
      'englishEditorsNote',
      note(CONTENT.en.editorsNote, NOTE_EN),
    );
    expect(checkContent(both).problems).toEqual([]);
  });

  it('names a note in one language only, a missing signature, and a tag in the Chinese note', () => {
    expect(checkContent(withFile(files, 'editorsNote', note(CONTENT.editorsNote, NOTE))).problems).toEqual([
      'content/en/editors-note.mdx: missing; content/editors-note.mdx is shown in one language, so the other needs its twin (or delete both)',
    ]);
    const broken = withFile(
      withFile(files, 'editorsNote', note(CONTENT.editorsNote, NOTE.replace('by: 本版编者\n', '').replace('原文照录', '<b>原文照录'))),
      'englishEditorsNote',
      note(CONTENT.en.editorsNote, NOTE_EN),
    );
    expect(checkContent(broken).problems).toEqual([
      'content/editors-note.mdx:2: field “by”: expected text, found nothing (the field is missing)',
      expect.stringMatching(/^content\/editors-note\.mdx:5:\d+: 标签 <b> 没有结束/),
    ]);
  });

  it('names the Chinese note missing when only the English one is written', () => {
    expect(checkContent(withFile(files, 'englishEditorsNote', note(CONTENT.en.editorsNote, NOTE_EN))).problems).toEqual([
      'content/editors-note.mdx: missing; content/en/editors-note.mdx is shown in one language, so the other needs its twin (or delete both)',
    ]);
  });

  it('names a note written without its frontmatter, at its first line, with the fields it needs in each language', () => {
    const bare = withFile(
      withFile(files, 'editorsNote', note(CONTENT.editorsNote, '本文据原刊录入，原文照录。\n\n第二段。\n')),
      'englishEditorsNote',
      note(CONTENT.en.editorsNote, NOTE_EN),
    );
    expect(checkContent(bare).problems).toEqual([
      'content/editors-note.mdx:1:1: 找不到开头的 frontmatter：文件第一行应是“---”，下面写 date（日期）和 by（署名），再以一行“---”结束。\n' +
        '    no frontmatter: expected the file to start with a “---” line, then date and by (who signs it), then a “---” line; found none\n' +
        '    1 | 本文据原刊录入，原文照录。\n' +
        '        ^',
    ]);
  });

  it('names an English note dated otherwise than the Chinese, by the day', () => {
    const dated = withFile(
      withFile(files, 'editorsNote', note(CONTENT.editorsNote, NOTE)),
      'englishEditorsNote',
      note(CONTENT.en.editorsNote, NOTE_EN.replace('date: 2026-12-01', 'date: 2026-12-02')),
    );
    expect(checkContent(dated).problems).toEqual([
      'content/en/editors-note.mdx:2: field “date”: expected 2026-12-01, the date of content/editors-note.mdx, found 2026-12-02',
    ]);
  });

  it('is found where the content layout says, by the glob Vite needs written out', () => {
    const source = readFileSync('src/data/editors-note.ts', 'utf8');
    expect(source).toContain(`'/${CONTENT.editorsNote}'`);
    expect(source).toContain(`'/${CONTENT.en.editorsNote}'`);
  });
});
