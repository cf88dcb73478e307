import { describe, expect, it } from 'vitest';
import { checkPublication } from '@/lib/check/companion-rules.ts';
import { readYaml } from '@/lib/check/yaml-source.ts';
import { publicationSchema } from '@/schemas.ts';
import { publicationPath, rawPublication, read, reference, REFERENCE_PATH } from '../support/article.ts';

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

  it('agrees with the reference header and trailer, as the content check holds it', () => {
    const source = readYaml(read(publicationPath()));
    const check = (meta: ReturnType<typeof publicationSchema.parse>) =>
      checkPublication(publicationPath(), meta, (field) => source.lineOf([field]), { file: REFERENCE_PATH, ...reference() });
    const meta = publicationSchema.parse(data);
    expect(check(meta)).toEqual([]);
    expect(check({ ...meta, deskEditor: '袁英' })).toEqual([
      expect.stringMatching(
        /^content\/meta\/publication\.yaml:\d+: field “deskEditor”: expected the desk editor of the reference's last line/,
      ),
    ]);
  });

  it('rejects a broken field, naming it', () => {
    const broken = { ...(data as object), date: 'not a date', issue: '2022年6期' };
    const result = publicationSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['date', 'issue']);
  });
});
