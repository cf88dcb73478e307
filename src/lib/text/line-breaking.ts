// The marks that CLREQ keeps off the start or the end of a line, in their Chinese forms and the ASCII forms the
// source's text also holds: one list for everything that breaks or cuts text itself (chart labels, the title's lines,
// search excerpts, the glossary's buttons), where the browser's own line breaking does not reach.

/** Closing and pause marks, which may not start a line. */
export const NO_LINE_START: ReadonlySet<string> = new Set('，。、；：？！）》〉」』】〕”’…—·%,.;:!?)]}');

/** Opening marks, which may not end a line. */
export const NO_LINE_END: ReadonlySet<string> = new Set('（《〈「『【〔“‘([{');
