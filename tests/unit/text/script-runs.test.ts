import { describe, expect, it } from 'vitest';
import { scriptRuns } from '@/lib/text/script-runs.ts';

describe('script runs at the edges', () => {
  it('marks a single Chinese character, and keeps the text after the last Chinese run apart', () => {
    expect(scriptRuns('a 党 b')).toEqual([
      { text: 'a ', chinese: false },
      { text: '党', chinese: true },
      { text: ' b', chinese: false },
    ]);
    expect(scriptRuns('党旗 flag')).toEqual([
      { text: '党旗', chinese: true },
      { text: ' flag', chinese: false },
    ]);
  });
});

describe('Chinese runs in English text', () => {
  it('splits out each run of Han characters and CJK punctuation', () => {
    // Curly quotation marks are shared by both languages and stay outside the runs.
    expect(scriptRuns('Lianhuasi Community (莲花寺社区), “两新”组织 and 3万余')).toEqual([
      { text: 'Lianhuasi Community (', chinese: false },
      { text: '莲花寺社区', chinese: true },
      { text: '), “', chinese: false },
      { text: '两新', chinese: true },
      { text: '”', chinese: false },
      { text: '组织', chinese: true },
      { text: ' and 3', chinese: false },
      { text: '万余', chinese: true },
    ]);
    expect(scriptRuns('北京 · 通州')).toEqual([{ text: '北京 · 通州', chinese: true }]);
    expect(scriptRuns('English only')).toEqual([{ text: 'English only', chinese: false }]);
  });
});
