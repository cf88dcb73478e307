import type { Element, ElementContent, Root } from 'hast';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readerForm, segmentsOf } from '../../lib/check/errata.ts';
import { isoDate } from '../../lib/text/format.ts';
import { CONTENT, partOfPath } from '../../lib/content/layout.ts';
import { pageUrl } from '../../i18n/urls.ts';
import { errataSchema } from '../../schemas.ts';

type Erratum = ReturnType<typeof errataSchema.parse>[number];

/** A correction as one language's text shows it: the words as printed (or translated) and as they read now. */
type Shown = Pick<Erratum, 'id' | 'paragraph' | 'printed' | 'corrected' | 'date'>;

/**
 * The element that shows a corrected reading: the reading itself, marked as inserted, linking to the note that gives the
 * printed text (after the part in Chinese; on the about page in English, which lists the corrections with their reasons).
 */
function correctionElement(erratum: Shown, english: boolean): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: english
      ? {
          id: `erratum-${erratum.id}-text-en`,
          className: ['erratum'],
          href: `${pageUrl('about', 'en')}#erratum-${erratum.id}`,
          ariaLabel: `${erratum.corrected} (corrected: the translation of the printed text read “${erratum.printed}”)`,
        }
      : {
          id: `erratum-${erratum.id}-text`,
          className: ['erratum'],
          href: `#erratum-${erratum.id}`,
          ariaLabel: `${erratum.corrected}（勘误：原刊作“${erratum.printed}”）`,
        },
    children: [
      {
        type: 'element',
        tagName: 'ins',
        properties: { cite: `#erratum-${erratum.id}`, dateTime: isoDate(erratum.date) },
        children: [{ type: 'text', value: erratum.corrected }],
      },
    ],
  };
}

/**
 * Rehype plugin for the article's MDX, run after rehype-article: in each paragraph named by `content/errata.yaml`, shows
 * the corrected reading in place of the printed text, as a marked link to its note (which ArticleText renders after the
 * part); in the translation, an erratum's `english` reading in place of the words translated from the printed text.
 * The MDX and the reference text are never changed. Reads the errata file each time a part is compiled.
 */
export default function rehypeErrata() {
  return (tree: Root, file: { path?: string; cwd?: string }) => {
    const located = partOfPath(file.path ?? '');
    if (!located) return;
    const part = located.id;
    const english = located.lang === 'en';
    const errata = CONTENT.errata;
    const errataPath = resolve(file.cwd ?? process.cwd(), errata);
    const parsed = errataSchema.safeParse(existsSync(errataPath) ? (parseYaml(readFileSync(errataPath, 'utf8')) ?? []) : []);
    // The content check names the mistake, file and line; here it is enough to stop.
    if (!parsed.success) throw new Error(`${errata} is not valid: the content check’s message says where`);
    const mine = parsed.data.filter((entry) => entry.paragraph.startsWith(`${part}-`));
    const entries: Shown[] = english
      ? mine.flatMap((entry) =>
          entry.english === 'unaffected' ? [] : [{ ...entry, printed: entry.english.printed, corrected: entry.english.corrected }],
        )
      : mine.map(readerForm);
    const applied = new Set<Shown>();
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      const here = entries.filter((entry) => entry.paragraph === node.properties['id']);
      if (here.length === 0) continue;
      node.children = node.children.flatMap((child): ElementContent[] => {
        if (child.type !== 'text') return [child];
        return segmentsOf(child.value, here).map((segment) => {
          if (typeof segment === 'string') return { type: 'text', value: segment };
          applied.add(segment);
          return correctionElement(segment, english);
        });
      });
    }
    const unplaced = entries.find((entry) => !applied.has(entry));
    if (unplaced) {
      throw new Error(
        `${errata}: entry “${unplaced.id}”: expected “${unplaced.printed}” in paragraph ${unplaced.paragraph} as built, found no such text there`,
      );
    }
  };
}
