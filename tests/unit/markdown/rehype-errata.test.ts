import type { Root } from 'hast';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rehypeErrata from '@/integrations/markdown/rehype-errata.ts';
import { CONTENT, partFile } from '@/lib/content/layout.ts';

describe('rehype-errata', () => {
  /** Runs the plugin on one paragraph of vanguard.mdx (or `part`), with `yaml` as the errata file. */
  function run(yaml: string, text: string, part = partFile('vanguard')): Root {
    const cwd = mkdtempSync(join(tmpdir(), 'errata-'));
    try {
      mkdirSync(join(cwd, CONTENT.root));
      writeFileSync(join(cwd, CONTENT.errata), yaml);
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
    const tree = run(figure, 'have gone more than 30,000 person-times, helping', partFile('vanguard', 'en'));
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
    expect(run(entry, 'all in-service Party members', partFile('vanguard', 'en')).children[0]).toMatchObject({
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
