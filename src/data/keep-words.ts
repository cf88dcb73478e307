import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { Lang } from '../i18n/locale.ts';
import { CONTENT } from '../lib/content/layout.ts';
import { keepPattern, type KeepWords } from '../lib/text/keep-together.ts';

/** A YAML list's string field, from every entry that has it. */
function fieldOf(path: string, field: string): string[] {
  const data: unknown = parseYaml(readFileSync(path, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${path}: expected a list of entries`);
  return data.flatMap((entry: Record<string, unknown>) => {
    const value = entry[field];
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [];
  });
}

/** The Chinese text's names (the index's forms) and the figures' units; English keeps only its dates whole. */
export function keepWords(lang: Lang): KeepWords {
  if (lang === 'en') return { names: [], units: [] };
  return { names: fieldOf(CONTENT.entities, 'forms'), units: fieldOf(CONTENT.figures, 'unit') };
}

/** The pattern of what stays on one line in a language's text, read from the content files. */
export function keepPatternOf(lang: Lang): RegExp {
  return keepPattern(lang, keepWords(lang));
}
