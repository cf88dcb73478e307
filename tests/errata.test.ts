import type { Root } from 'hast';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import rehypeErrata from '@/integrations/markdown/rehype-errata.ts';
import { applyCorrections, checkErrata, readerForm, renderedParagraph, segmentsOf } from '@/lib/check/errata.ts';
import { paragraphLabel } from '@/lib/text/paragraphs.ts';
import type { ParagraphRef } from '@/lib/check/pointers.ts';
import { errataSchema, PART_IDS } from '@/schemas.ts';
import { partSources, read, reference } from './support/article.ts';

describe('segmentsOf and applyCorrections', () => {
  const fix = { printed: '全鎮', corrected: '全镇' };

  it('cuts a text around its corrections, in the order they stand', () => {
    const other = { printed: '甲', corrected: '乙' };
    expect(segmentsOf('号召全鎮在职,甲方', [other, fix])).toEqual(['号召', fix, '在职,', other, '方']);
    expect(segmentsOf('全鎮', [fix])).toEqual([fix]);
    expect(segmentsOf('没有', [fix])).toEqual(['没有']);
  });

  it('refuses a correction whose printed text stands twice, or corrections that overlap', () => {
    expect(() => segmentsOf('全鎮与全鎮', [fix])).toThrow('“全鎮” stands 2 times');
    expect(() => segmentsOf('号召全鎮', [fix, { printed: '召全', corrected: '召全' }])).toThrow('overlap');
  });

  it('applies corrections, and insists each printed text stands in the text', () => {
    expect(applyCorrections('号召全鎮在职党员', [fix])).toBe('号召全镇在职党员');
    expect(applyCorrections('号召全鎮在职党员', [])).toBe('号召全鎮在职党员');
    expect(() => applyCorrections('号召全镇在职党员', [fix])).toThrow('“全鎮” does not stand in');
  });

  it('renders a paragraph as readers see it: punctuation normalised, then corrected', () => {
    expect(renderedParagraph('5月1日,号召全鎮在职党员', [fix])).toBe('5月1日，号召全镇在职党员');
    expect(renderedParagraph('甲,乙', [{ printed: '甲,乙', corrected: '甲,丙' }])).toBe('甲，丙');
    expect(readerForm({ printed: '甲,乙', corrected: '甲;丙' })).toEqual({ printed: '甲，乙', corrected: '甲；丙' });
  });
});

describe('paragraphLabel', () => {
  it('names a paragraph as readers count it', () => {
    expect(paragraphLabel('lede-2', PART_IDS)).toBe('导语第2段');
    expect(paragraphLabel('vanguard-5', PART_IDS)).toBe('第二部分第5段');
    expect(paragraphLabel('contributions-1', PART_IDS)).toBe('第三部分第1段');
  });
});

describe('checkErrata', () => {
  const paragraphs = new Map<string, ParagraphRef>([['vanguard-5', { text: '面向全镇招募,号召全鎮在职党员', file: 'v.mdx', line: 15 }]]);
  const entry = { id: 'q', paragraph: 'vanguard-5', printed: '全鎮', corrected: '全镇', line: 6 };

  it('accepts a correction whose printed text stands once, written as in the MDX or full-width', () => {
    expect(checkErrata('e.yaml', [entry], paragraphs)).toEqual([]);
    expect(checkErrata('e.yaml', [{ ...entry, printed: '招募,号召全鎮', corrected: '招募，号召全镇' }], paragraphs)).toEqual([]);
    expect(checkErrata('e.yaml', [{ ...entry, printed: '招募，号召全鎮', corrected: '招募，号召全镇' }], paragraphs)).toEqual([]);
  });

  it('names each mistake with the file, line, entry and field', () => {
    expect(checkErrata('e.yaml', [{ ...entry, paragraph: 'vanguard-6' }], paragraphs)).toEqual([
      'e.yaml:6: entry “q”, field “paragraph”: expected vanguard-5, found “vanguard-6”, which does not exist; “全鎮” stands in vanguard-5',
    ]);
    expect(checkErrata('e.yaml', [{ ...entry, printed: '全镇' }], paragraphs)).toEqual([
      'e.yaml:6: entry “q”, field “corrected”: expected a reading that differs from the printed text, found the same “全镇”',
    ]);
    expect(checkErrata('e.yaml', [{ ...entry, printed: '全' }], paragraphs)).toEqual([
      'e.yaml:6: entry “q”, field “printed”: expected “全” to stand once in paragraph vanguard-5, found it 2 times; quote more of the passage, so that it is unique',
    ]);
    expect(checkErrata('e.yaml', [entry, { ...entry, id: 'r', printed: '召全', corrected: '召集全', line: 12 }], paragraphs)).toEqual([
      'e.yaml:12: entry “r”, field “printed”: expected text apart from that of entry “q” (“全鎮”), found the two overlapping in paragraph vanguard-5',
    ]);
  });
});

describe('the errata (content/errata.yaml)', () => {
  const errata = errataSchema.parse(parseYaml(read('content/errata.yaml')));
  const vanguard = partSources().find((part) => part.id === 'vanguard')!;

  it('corrects 全鎮, printed in vanguard-5, to 全镇, with a reason and a date', () => {
    const quanzhen = errata.find((erratum) => erratum.printed === '全鎮');
    expect(quanzhen).toMatchObject({ paragraph: 'vanguard-5', corrected: '全镇' });
    expect(quanzhen!.reason).toMatch(/繁体字/);
    expect(quanzhen!.date.getTime()).not.toBeNaN();
  });

  it('leaves the MDX and the reference text as printed', () => {
    expect(vanguard.paragraphs[4]).toContain('号召全鎮在职党员');
    expect(reference().sections[1]!.paragraphs[4]).toContain('号召全鎮在职党员');
  });

  it('gives vanguard-5 the corrected reading, and nothing else changes', () => {
    const mine = errata.filter((erratum) => erratum.paragraph === 'vanguard-5');
    const text = renderedParagraph(vanguard.paragraphs[4]!, mine);
    expect(text).toContain('号召全镇在职党员');
    expect(text).not.toContain('全鎮');
    expect(Array.from(text)).toHaveLength(Array.from(vanguard.paragraphs[4]!).length);
  });
});

describe('rehype-errata', () => {
  /** Runs the plugin on one paragraph of vanguard.mdx, with `yaml` as the errata file. */
  function run(yaml: string, text: string, part = 'content/article/vanguard.mdx'): Root {
    const cwd = mkdtempSync(join(tmpdir(), 'errata-'));
    try {
      mkdirSync(join(cwd, 'content'));
      writeFileSync(join(cwd, 'content/errata.yaml'), yaml);
      const tree: Root = {
        type: 'root',
        children: [{ type: 'element', tagName: 'p', properties: { id: 'vanguard-5' }, children: [{ type: 'text', value: text }] }],
      };
      rehypeErrata()(tree, {
        path: join(cwd, part),
        cwd,
      });
      return tree;
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  }
  const entry =
    '- id: q\n  paragraph: vanguard-5\n  printed: 全鎮\n  corrected: 全镇\n  reason: 繁体字。\n  date: 2026-11-29\n  english: unaffected\n';
  const figure =
    '- id: f\n  paragraph: vanguard-5\n  printed: 共有3万余人次\n  corrected: 共有4万余人次\n  reason: 核实。\n  date: 2026-12-01\n' +
    '  english:\n    printed: more than 30,000 person-times\n    corrected: more than 40,000 person-times\n';

  it('in the translation, puts an erratum’s English reading where the translated words stood, linked to the English about page', () => {
    const tree = run(figure, 'have gone more than 30,000 person-times, helping', 'content/en/article/vanguard.mdx');
    expect(tree.children[0]).toMatchObject({
      children: [
        { type: 'text', value: 'have gone ' },
        {
          tagName: 'a',
          properties: { id: 'erratum-f-text-en', href: '/en/about/#erratum-f' },
          children: [{ tagName: 'ins', children: [{ type: 'text', value: 'more than 40,000 person-times' }] }],
        },
        { type: 'text', value: ', helping' },
      ],
    });
    // An erratum the English is unaffected by leaves the translation alone.
    expect(run(entry, 'all in-service Party members', 'content/en/article/vanguard.mdx').children[0]).toMatchObject({
      children: [{ type: 'text', value: 'all in-service Party members' }],
    });
  });

  it('puts the corrected reading, inserted and linked to its note, where the printed text stood', () => {
    const tree = run(entry, '号召全鎮在职');
    expect(tree.children[0]).toMatchObject({
      children: [
        { type: 'text', value: '号召' },
        {
          tagName: 'a',
          properties: { id: 'erratum-q-text', href: '#erratum-q', ariaLabel: '全镇（勘误：原刊作“全鎮”）' },
          children: [{ tagName: 'ins', properties: { dateTime: '2026-11-29' }, children: [{ type: 'text', value: '全镇' }] }],
        },
        { type: 'text', value: '在职' },
      ],
    });
  });

  it('stops when a correction’s printed text is not in its paragraph', () => {
    expect(() => run(entry, '号召全镇在职')).toThrow(
      'content/errata.yaml: entry “q”: expected “全鎮” in paragraph vanguard-5 as built, found no such text there',
    );
  });

  it('leaves a part alone when the corrections are for another part', () => {
    expect(run(entry.replace('vanguard-5', 'organizing-2'), '号召全鎮在职').children[0]).toMatchObject({
      children: [{ type: 'text', value: '号召全鎮在职' }],
    });
  });
});
