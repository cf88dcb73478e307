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

  it('is found where the content layout says, by the glob Vite needs written out', () => {
    const source = readFileSync('src/data/editors-note.ts', 'utf8');
    expect(source).toContain(`'/${CONTENT.editorsNote}'`);
    expect(source).toContain(`'/${CONTENT.en.editorsNote}'`);
  });
});
