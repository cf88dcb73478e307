import { describe, expect, it } from 'vitest';
import { englishReaderText, standsInWords } from '@/lib/check/english-companions.ts';

describe('matching English words', () => {
  it('finds a form only as whole words, case and all', () => {
    expect(standsInWords('a Party-member shock team.', 'shock team')).toBe(true);
    expect(standsInWords('checkpoints', 'checkpoint')).toBe(false);
    expect(standsInWords('a Checkpoint', 'checkpoint')).toBe(false);
    expect(standsInWords('No. 8 Jufu', '8')).toBe(true);
    expect(standsInWords('No. 88 Jufu', '8')).toBe(false);
  });

  it('reads an English MDX paragraph as readers see it', () => {
    expect(englishReaderText('Yin Zhonglong (<Zh>殷忠龙</Zh>), head')).toBe('Yin Zhonglong (殷忠龙), head');
  });
});
