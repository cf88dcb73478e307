import { describe, expect, it } from 'vitest';
import { readContent } from '@/integrations/content-check.ts';
import { checkContent } from '@/lib/check/content-check.ts';
import { CONTENT } from '@/lib/content/layout.ts';
import { figuresSchema, timelineEventSchema } from '@/schemas.ts';
import { ledger, readPublication } from '../support/article.ts';
import { rawData, timeline } from '../support/companions.ts';

const figures = figuresSchema.parse(ledger());

describe(`timeline (${CONTENT.timeline})`, () => {
  const events = timeline();
  const publication = readPublication();

  it('is valid, with unique ids, and holds the two dated events of the text and the publication', () => {
    expect(timelineEventSchema.array().safeParse(rawData('timeline')).success).toBe(true);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events.map((e) => e.date.toISOString().slice(0, 10))).toEqual(['2022-05-01', '2022-05-03', '2022-06-18']);
  });

  it('quotes its paragraphs, dates each event as its ledger entry, and has an event for every date (the content check’s rules)', () => {
    expect(checkContent(readContent('.')).problems.filter((problem) => problem.startsWith(CONTENT.timeline))).toEqual([]);
    const dated = figures.filter((f) => f.kind === 'date').map((f) => f.id);
    expect(events.flatMap((e) => (e.source === 'article' ? [e.figure] : [])).sort()).toEqual(dated.sort());
  });

  it('dates the publication as the metadata does', () => {
    const event = events.find((e) => e.source === 'publication')!;
    expect(event.date).toEqual(publication.date);
    expect(event.title).toContain(`《${publication.periodical}》${publication.issue}`);
  });
});
