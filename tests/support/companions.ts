import { parse as parseYaml } from 'yaml';
import type { ChartFigure } from '@/lib/graphics/chart.ts';
import { paragraphId } from '@/lib/text/paragraphs.ts';
import { CONTENT } from '@/lib/content/layout.ts';
import { entitySchema, glossaryEntrySchema, timelineEventSchema } from '@/schemas.ts';
import { partSources, read } from './article.ts';

/** Every paragraph of the article as written in the MDX, keyed by id, in reading order. */
export function paragraphs(): Map<string, string> {
  return new Map(partSources().flatMap((part) => part.paragraphs.map((text, index) => [paragraphId(part.id, index + 1), text] as const)));
}

/** A companion data file as written (unparsed). */
export function rawData(name: 'glossary' | 'timeline' | 'entities'): unknown {
  return parseYaml(read(CONTENT[name]));
}

/** The glossary, parsed with its schema. */
export const glossary = () => glossaryEntrySchema.array().parse(rawData('glossary'));
/** The timeline, parsed with its schema. */
export const timeline = () => timelineEventSchema.array().parse(rawData('timeline'));
/** The who-and-where index, parsed with its schema. */
export const entities = () => entitySchema.array().parse(rawData('entities'));

/** A figure for the chart's unit tests, standing in vanguard-4: a count of people (名) unless a unit is given. */
export const chartFigure = (id: string, value: number, approx: boolean, unit = '名', label = id): ChartFigure => ({
  id,
  value,
  approx,
  unit,
  label,
  paragraph: 'vanguard-4',
});
