// The figure correction the tests add to content/errata.yaml, written once for the unit and build tests.

/** The correction of 3万余 to 4万余 (vanguard-5), with how the English reads, as an editor would add it. */
export const SIWAN = (english: string) =>
  '- id: vanguard-5-siwan\n  paragraph: vanguard-5\n  printed: 全区共有3万余人次\n  corrected: 全区共有4万余人次\n' +
  '  reason: 据核实，原刊“3万余人次”应为“4万余人次”。\n  date: 2026-12-01\n' +
  english;
/** SIWAN's English: the translation has no figure to change. */
export const UNAFFECTED = '  english: unaffected\n';
/** SIWAN's English: the words of the translation before and after the correction. */
export const READING = '  english:\n    printed: more than 30,000 person-times\n    corrected: more than 40,000 person-times\n';
