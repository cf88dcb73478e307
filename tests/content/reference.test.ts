import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { read, reference, REFERENCE_PATH } from '../support/article.ts';

// The SHA-256 of content/reference/article.txt. It changes only if the reference text does, which it never should.
const REFERENCE_SHA256 = 'd6802c8357b88fefdecf282bcdd925673ad3b5ab05f06ec244400f387c955cbc';

describe('reference text', () => {
  it('is the pinned, unchanged copy of the article', () => {
    const digest = createHash('sha256').update(read(REFERENCE_PATH)).digest('hex');
    expect(digest).toBe(REFERENCE_SHA256);
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
