import type { Element } from 'hast';
import type { Lang } from '../../i18n/locale.ts';
import { NO_LINE_END, NO_LINE_START } from './line-breaking.ts';

/** The id of a glossary term's popover on an article page: `g-<term id>`, in English `g-en-<term id>` (the parallel pages hold both). */
export function popoverId(lang: Lang, termId: string): string {
  return lang === 'en' ? `g-en-${termId}` : `g-${termId}`;
}

/** What a term's popover says and where its link leads. */
export interface GlossaryNote {
  /** The popover's id (`popoverId`). */
  id: string;
  /** The words of the text that name the term. */
  form: string;
  definition: string;
  /** The term's entry on the glossary page, as a URL relative to the page. */
  href: string;
  /** The link's words: the glossary entry. */
  linkText: string;
}

/**
 * A glossary term in the text and its definition: a button that opens a popover (the HTML `popover` attribute, no
 * script), followed by the popover with the definition and a link to the full entry. The popover is left out of the
 * search's index and its paragraph text (`data-pagefind-ignore="all"`: Pagefind would otherwise read a link inside it).
 */
export function glossaryTerm(note: GlossaryNote): [Element, Element] {
  const button: Element = {
    type: 'element',
    tagName: 'button',
    properties: { type: 'button', popovertarget: note.id },
    children: [{ type: 'text', value: note.form }],
  };
  const popover: Element = {
    type: 'element',
    tagName: 'span',
    properties: { popover: '', id: note.id, dataPagefindIgnore: 'all' },
    children: [
      { type: 'text', value: note.definition },
      { type: 'element', tagName: 'a', properties: { href: note.href }, children: [{ type: 'text', value: note.linkText }] },
    ],
  };
  return [button, popover];
}

/**
 * How many characters of opening punctuation stand right before `[start, end)` in `text`, and of closing punctuation
 * right after it. A button is an atomic inline, which the browser's line-breaking rules do not hold to its neighbours:
 * they must be kept on its line by hand.
 */
export function punctuationAround(text: string, start: number, end: number): { before: number; after: number } {
  let before = 0;
  while (start - before > 0 && NO_LINE_END.has(text[start - before - 1] ?? '')) before += 1;
  let after = 0;
  while (end + after < text.length && NO_LINE_START.has(text[end + after] ?? '')) after += 1;
  return { before, after };
}
