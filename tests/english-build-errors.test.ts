import { afterEach, describe, expect, it } from 'vitest';
import { makeFixture, type Fixture } from './support/fixture.ts';

let fixture: Fixture | undefined;
afterEach(() => fixture?.remove());

describe('a broken English translation fails the build', () => {
  it('names the English file when a paragraph is missing, so the parallel rows cannot go out of step', () => {
    fixture = makeFixture();
    fixture.edit('content/en/article/vanguard.mdx', (text) => text.replace(/\n\nLed by the Party members,[^\n]*\n/, '\n'));
    const { status, output } = fixture.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/en/article/vanguard.mdx');
    expect(output).toContain('do not match the Chinese paragraphs');
    expect(output).toContain('vanguard-6');
  });

  it('names the file and the field of an English heading written with Chinese characters', () => {
    fixture = makeFixture();
    fixture.edit('content/en/article/organizing.mdx', (text) => text.replace('short: Organisations', 'short: 建组织'));
    const { status, output } = fixture.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/en/article/organizing.mdx');
    expect(output).toMatch(/short\W.*expected English only/);
  });
});
