import { describe, expect, it } from 'vitest';
import { referencePinProblem } from '@/lib/check/reference-pin.ts';
import { read, reference, REFERENCE_PATH } from '../support/article.ts';

describe('reference text', () => {
  it('is the pinned, unchanged copy of the article (the content check holds it to its SHA-256)', () => {
    expect(referencePinProblem(REFERENCE_PATH, read(REFERENCE_PATH))).toBeNull();
  });

  it('holds the article and none of the host site around it', () => {
    const text = read(REFERENCE_PATH);
    expect(text.startsWith('党旗在副中心疫情防控一线高高飘扬\n')).toBe(true);
    expect(text.trimEnd().endsWith('(责任编辑:袁瑛)')).toBe(true);
    expect(text).not.toContain('APP下载');
    expect(text).not.toContain('猜你喜欢');
  });

  it('has a lede of 3 paragraphs and sections of 5, 6 and 5', () => {
    const ref = reference();
    expect(ref.lede).toHaveLength(3);
    expect(ref.sections.map((s) => s.paragraphs.length)).toEqual([5, 6, 5]);
  });
});
