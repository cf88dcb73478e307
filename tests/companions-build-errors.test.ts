import { afterEach, describe, expect, it } from 'vitest';
import { makeFixture, type Fixture } from './support/fixture.ts';

let fixture: Fixture | undefined;
afterEach(() => fixture?.remove());

describe('broken companion data fails the build', () => {
  it('names the glossary file and the field of a bad entry', () => {
    fixture = makeFixture();
    fixture.edit('content/glossary.yaml', (text) => text.replace('- id: kakou', '- id: Ka Kou'));
    const { status, output } = fixture.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/glossary.yaml');
    expect(output).toContain('expected a lowercase ASCII slug');
  });

  it('names the index entry that points at a paragraph the article does not have', () => {
    fixture = makeFixture();
    fixture.edit('content/entities.yaml', (text) => text.replace('paragraphs: [vanguard-3]', 'paragraphs: [vanguard-9]'));
    const { status, output } = fixture.build();
    expect(status).not.toBe(0);
    // The content check stops the build before Astro reads the data, with the line, entry, field and where the name stands.
    expect(output).toMatch(
      /content\/entities\.yaml:\d+: entry “yu-qijian”, field “paragraphs”: expected vanguard-1 to vanguard-6, found “vanguard-9”, which does not exist; “于其舰” stands in vanguard-3/,
    );
  });
});
