import { afterEach, describe, expect, it } from 'vitest';
import { makeFixture, type Fixture } from './support/fixture.ts';

let fixture: Fixture | undefined;
afterEach(() => fixture?.remove());

describe('a broken content field fails the build', () => {
  it('names the file and the field of a section’s frontmatter', () => {
    fixture = makeFixture();
    fixture.edit('content/article/vanguard.mdx', (text) => text.replace('order: 2', 'order: two'));
    const { status, output } = fixture.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/article/vanguard.mdx');
    expect(output).toMatch(/order\W.*[Ee]xpected .*number/);
  });

  it('names the file and the field of the publication metadata', () => {
    fixture = makeFixture();
    fixture.edit('content/meta/publication.yaml', (text) => text.replace('issue: 2022年第6期', 'issue: 第六期'));
    const { status, output } = fixture.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/meta/publication.yaml');
    expect(output).toMatch(/issue\W.*expected the form 2022年第6期/);
  });
});
