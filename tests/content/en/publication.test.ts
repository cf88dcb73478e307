import { describe, expect, it } from 'vitest';
import { englishPublicationSchema } from '@/schemas.ts';
import { publicationPath, rawPublication, readPublication } from '../../support/article.ts';

describe(`English publication metadata (${publicationPath('en')})`, () => {
  const data = rawPublication('en');
  const zh = readPublication();

  it('is valid', () => {
    const result = englishPublicationSchema.safeParse(data);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('names the same people, periodical, issue and keywords as the Chinese record', () => {
    const en = englishPublicationSchema.parse(data);
    expect(en.authors.map((a) => a.zh)).toEqual(zh.authors);
    expect(en.authors.map((a) => a.name)).toEqual(['Chang Jingjing', 'Jiao Chaochao']);
    expect(en.periodical.zh).toBe(zh.periodical);
    expect(en.deskEditor.zh).toBe(zh.deskEditor);
    expect(en.keywords.map((k) => k.zh)).toEqual(zh.keywords);
    expect(en.issue).toBe(`No. ${zh.issueNumber}, ${zh.year}`);
  });

  it('rejects a broken field, naming it', () => {
    const result = englishPublicationSchema.safeParse({ ...(data as object), issue: '2022年第6期', language: 'zh-CN' });
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['issue', 'language']);
  });
});
