import { describe, expect, it } from 'vitest';
import { contentsOf, makeBag, verifyBag, type BagFile } from '../../../scripts/archive/bagit.ts';

// Each payload manifest is checked on its own: a bag whose manifests disagree is broken, whichever one is wrong.
const text = (value: string) => new TextEncoder().encode(value);
const bag = makeBag({
  payload: [
    { path: 'index.html', bytes: text('<p>hi</p>') },
    { path: 'en/index.html', bytes: text('<p>en</p>') },
  ],
  info: [],
});
/** The bag with one manifest's text changed by `edit` (its tag manifest left as it was). */
const withManifest = (name: string, edit: (text: string) => string) =>
  bag.map((file) => (file.path === name ? { ...file, bytes: text(edit(new TextDecoder().decode(file.bytes))) } : file));
const dropLine = (path: string) => (manifest: string) =>
  manifest
    .split('\n')
    .filter((line) => !line.endsWith(`  ${path}`))
    .join('\n');
const zeroLine = (path: string) => (manifest: string) =>
  manifest.replace(new RegExp(`^[0-9a-f]+(  ${path})$`, 'm'), (_, rest: string) => `${'0'.repeat(64)}${rest}`);
const problems = (files: readonly BagFile[]) => verifyBag(contentsOf(files)).problems.map((p) => `${p.kind} ${p.path}: ${p.detail}`);

describe('verifyBag with several payload manifests', () => {
  it('names a payload file that one manifest leaves out, though another lists it', () => {
    for (const name of ['manifest-sha512.txt', 'manifest-sha256.txt']) {
      expect(problems(withManifest(name, dropLine('data/en/index.html')))).toEqual([
        `extra data/en/index.html: in the bag, not listed in ${name}`,
        `altered ${name}: checksum differs from tagmanifest-sha512.txt`,
      ]);
    }
  });

  it('checks every manifest’s checksum, not only the first one’s', () => {
    for (const name of ['manifest-sha512.txt', 'manifest-sha256.txt']) {
      expect(problems(withManifest(name, zeroLine('data/index.html')))).toEqual([
        `altered data/index.html: checksum differs from ${name}`,
        `altered ${name}: checksum differs from tagmanifest-sha512.txt`,
      ]);
    }
  });
});
