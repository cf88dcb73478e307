import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readContent } from '@/integrations/content-check.ts';
import { checkContent } from '@/lib/check/content-check.ts';
import { CONTENT } from '@/lib/content/layout.ts';
import { englishEntitySchema, englishFigureSchema, englishGlossaryEntrySchema, englishTimelineEventSchema, figuresSchema } from '@/schemas.ts';
import { ledger, read } from '../../support/article.ts';
import { entities, glossary, timeline } from '../../support/companions.ts';

const english = {
  glossary: englishGlossaryEntrySchema.array().parse(parseYaml(read(CONTENT.en.glossary))),
  entities: englishEntitySchema.array().parse(parseYaml(read(CONTENT.en.entities))),
  timeline: englishTimelineEventSchema.array().parse(parseYaml(read(CONTENT.en.timeline))),
  figures: englishFigureSchema.array().parse(parseYaml(read(CONTENT.en.figures))),
};

const chinese = { glossary: glossary(), entities: entities(), timeline: timeline(), figures: figuresSchema.parse(ledger()) };

describe(`the English twins of the companions’ data (${CONTENT.root}/en/*.yaml)`, () => {
  it.each(['glossary', 'entities', 'timeline', 'figures'] as const)(
    '%s: every Chinese entry has exactly one English entry, in the same order',
    (name) => {
      expect(english[name].map((entry) => entry.id)).toEqual(chinese[name].map((entry) => entry.id));
      expect(chinese[name].length).toBeGreaterThan(0);
    },
  );

  it('pass the content check: every English term, name, event and figure stands where its Chinese does', () => {
    expect(checkContent(readContent('.')).problems).toEqual([]);
  });

  it('give a chart label and unit to exactly the charted figures', () => {
    const charted = chinese.figures.filter((f) => ['people', 'person-times', 'organisations'].includes(f.kind)).map((f) => f.id);
    expect(english.figures.filter((f) => f.label && f.unit).map((f) => f.id)).toEqual(charted);
  });
});
