import { describe, expect, it } from 'vitest';
import { CONTENT } from '@/lib/content/layout.ts';
import { figuresSchema, timelineEventSchema } from '@/schemas.ts';
import { ledger, readPublication } from '../support/article.ts';
import { paragraphs, rawData, timeline } from '../support/companions.ts';

const texts = paragraphs();
const figures = figuresSchema.parse(ledger());

describe(`timeline (${CONTENT.timeline})`, () => {
  const events = timeline();
  const publication = readPublication();

  it('is valid, with unique ids, and holds the two dated events of the text and the publication', () => {
    expect(timelineEventSchema.array().safeParse(rawData('timeline')).success).toBe(true);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events.map((e) => e.date.toISOString().slice(0, 10))).toEqual(['2022-05-01', '2022-05-03', '2022-06-18']);
  });

  it.each(events.flatMap((e) => (e.source === 'article' ? [[e.id, e] as const] : [])))(
    '%s: quotes its paragraph exactly, and its date is the ledger’s',
    (_id, event) => {
      if (event.source !== 'article') return;
      expect(texts.get(event.paragraph), `${event.paragraph} does not exist`).toBeDefined();
      expect(texts.get(event.paragraph)).toContain(event.phrase);
      expect(event.phrase).toContain(event.dateText);
      const figure = figures.find((f) => f.id === event.figure);
      expect(figure, `no ledger entry ${event.figure}`).toBeDefined();
      expect(figure!.kind).toBe('date');
      expect(figure!.paragraph).toBe(event.paragraph);
      expect(figure!.value).toEqual(event.date);
      expect(event.dateText).toBe(`${event.date.getUTCMonth() + 1}月${event.date.getUTCDate()}日`);
    },
  );

  it('has an event for every date in the ledger', () => {
    const dated = figures.filter((f) => f.kind === 'date').map((f) => f.id);
    expect(events.flatMap((e) => (e.source === 'article' ? [e.figure] : [])).sort()).toEqual(dated.sort());
  });

  it('dates the publication as the metadata does', () => {
    const event = events.find((e) => e.source === 'publication')!;
    expect(event.date).toEqual(publication.date);
    expect(event.title).toContain(`《${publication.periodical}》${publication.issue}`);
  });
});
