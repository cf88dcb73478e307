import { describe, expect, it } from 'vitest';
import { publicationSchema } from '@/schemas.ts';
import { publicationPath, rawPublication, reference } from '../support/article.ts';

describe(`publication metadata (${publicationPath()})`, () => {
  const data = rawPublication();

  it('is valid', () => {
    const result = publicationSchema.safeParse(data);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('records the article as published', () => {
    const meta = publicationSchema.parse(data);
    expect(meta.title).toBe(reference().header[0]);
    expect(meta.authors).toEqual(['常菁菁', '焦超超']);
    expect(meta.periodical).toBe('北京支部生活');
    expect(meta.issue).toBe('2022年第6期');
    expect(meta.date.toISOString().slice(0, 10)).toBe('2022-06-18');
    expect(meta.keywords).toEqual(['通州区', '防疫', '志愿者']);
    expect(meta.deskEditor).toBe('袁瑛');
  });

  it('agrees with the reference header and trailer', () => {
    const ref = reference();
    const meta = publicationSchema.parse(data);
    expect(ref.header[1]).toBe(`2022-06-18${meta.authors.join('')}`);
    expect(ref.header[2]).toContain(`${meta.periodical} ${meta.issueAsPrinted}`);
    expect(ref.header[2]).toContain(`关键词:${meta.keywords.join('')}`);
    expect(ref.header[3]).toBe(meta.authors.join(' '));
    expect(ref.trailer).toEqual([`(责任编辑:${meta.deskEditor})`]);
  });

  it('rejects a broken field, naming it', () => {
    const broken = { ...(data as object), date: 'not a date', issue: '2022年6期' };
    const result = publicationSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['date', 'issue']);
  });
});
