import { createHash } from 'node:crypto';
import { CONTENT } from '../content/layout.ts';
import { bilingual } from './message.ts';

/**
 * The SHA-256 of `content/reference/article.txt`, the verbatim copy of the article as the periodical printed it. It changes
 * only if the reference text does, which it never should: the text is corrected through the errata, not here.
 */
export const REFERENCE_SHA256 = 'd6802c8357b88fefdecf282bcdd925673ad3b5ab05f06ec244400f387c955cbc';

/** The SHA-256 of a text's UTF-8 bytes, in hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Checks the reference text against its pin; a message saying it was changed and how to undo it, or null. */
export function referencePinProblem(file: string, text: string, pinned: string = REFERENCE_SHA256): string | null {
  const digest = sha256(text);
  if (digest === pinned) return null;
  return bilingual(
    { file, line: 1, column: 1 },
    `参考文本被改动了。它是原刊文章的逐字副本，永远不改：请撤销改动（git checkout -- ${file}，或用 git diff ${file} 查看改了哪里）。原文印错的地方，请在 ${CONTENT.errata} 里加一条勘误。`,
    `the reference text has been changed (its SHA-256 is ${digest.slice(0, 12)}…, pinned ${pinned.slice(0, 12)}…). It is the verbatim copy of the printed article and is never edited: undo the change (git checkout -- ${file}; git diff ${file} shows where). To correct a misprint, add an entry to ${CONTENT.errata}.`,
  );
}
