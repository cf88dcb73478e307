import { expect } from 'vitest';
import { readContent } from '@/integrations/content-check.ts';
import type { ContentFiles, SourceFile } from '@/lib/check/content-check.ts';

/** `files` with one file's text edited (any file of any language); fails the test if the edit changed nothing. */
export function withEdit(files: ContentFiles, path: string, edit: (text: string) => string): ContentFiles {
  const change = (file: SourceFile): SourceFile => (file.path === path ? { ...file, text: edit(file.text) } : file);
  const result = Object.fromEntries(
    Object.entries(files).map(([key, value]) => [
      key,
      Array.isArray(value) ? value.map(change) : value && typeof value === 'object' ? change(value as SourceFile) : value,
    ]),
  ) as unknown as ContentFiles;
  expect(JSON.stringify(result), `the edit of ${path} changed nothing`).not.toBe(JSON.stringify(files));
  return result;
}

/** The project's content with one file's text edited. */
export function edited(path: string, edit: (text: string) => string): ContentFiles {
  return withEdit(readContent('.'), path, edit);
}

/** `files` with one file replaced (or added, if `file` is new), e.g. one read from other bytes. */
export function withFile(files: ContentFiles, key: keyof ContentFiles, file: SourceFile | undefined): ContentFiles {
  const current = files[key];
  if (Array.isArray(current) && file) {
    const others = current.filter((other: SourceFile) => other.path !== file.path);
    return { ...files, [key]: [...others, file].sort((a, b) => a.path.localeCompare(b.path)) };
  }
  return { ...files, [key]: file };
}
