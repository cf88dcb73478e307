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
    expect(output).toMatch(/content\/en\/article\/vanguard\.mdx:\d+: 英文少了一段：中文第 6 段 vanguard-6（“/);
    expect(output).toContain('the English lacks a paragraph: Chinese paragraph 6, vanguard-6');
  });

  it('names the file and the field of an English heading written with Chinese characters', () => {
    fixture = makeFixture();
    fixture.edit('content/en/article/organizing.mdx', (text) => text.replace('short: Organisations', 'short: 建组织'));
    const { status, output } = fixture.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/en/article/organizing.mdx');
    expect(output).toMatch(/short\W.*expected English only/);
  });

  it('names the line of an English glossary entry whose words no longer stand where the Chinese term first does', () => {
    fixture = makeFixture();
    fixture.edit('content/en/glossary.yaml', (text) => text.replace('forms: [checkpoint, checkpoints]', 'forms: [gatehouse]'));
    const { status, output } = fixture.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/en/glossary.yaml:71: entry “kakou”, field “forms”: expected “gatehouse” in paragraph lede-2');
  });

  it('names an English chart label too long for the chart', () => {
    fixture = makeFixture();
    fixture.edit('content/en/figures.yaml', (text) =>
      text.replace(/label: Cadres chosen by city organs/, 'label: Cadres chosen by the organs of the city'),
    );
    const { status, output } = fixture.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/en\/figures\.yaml:\d+: entry “city-cadres-637”, field “label”: expected at most 28 characters/);
  });
});
