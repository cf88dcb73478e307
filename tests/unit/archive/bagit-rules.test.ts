import { describe, expect, it } from 'vitest';
import {
  bagInfoText,
  bagSize,
  contentsOf,
  declarationProblems,
  foldField,
  makeBag,
  manifestText,
  parseBagInfo,
  parseManifest,
  parseOxum,
  unsafePath,
  verifyBag,
  type BagFile,
} from '../../../scripts/archive/bagit.ts';

const text = (value: string) => new TextEncoder().encode(value);
const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';
/** A bag written by hand: path → text or bytes, in the order given. */
const handBag = (files: Record<string, string | Uint8Array>) =>
  contentsOf(Object.entries(files).map(([path, bytes]) => ({ path, bytes: typeof bytes === 'string' ? text(bytes) : bytes })));
const report = (result: ReturnType<typeof verifyBag>) => ({
  problems: result.problems.map((p) => `${p.kind} ${p.path}: ${p.detail}`),
  checked: result.checked,
});
const MD5_A = '0cc175b9c0f1b6a831c399e269772661';
const MD5_B = '92eb5ffee6ae2fec3ad71c777531578f';
const MD5_C = '4a8a08f09d37b73795649038408b5f33';
const made = makeBag({ payload: [{ path: 'index.html', bytes: text('<p>hi</p>') }], info: [] });
const replace = (files: readonly BagFile[], path: string, bytes: Uint8Array) =>
  files.map((file) => (file.path === path ? { ...file, bytes } : file));
const without = (files: readonly BagFile[], ...paths: string[]) => files.filter((file) => !paths.includes(file.path));

describe('BagIt writing rules', () => {
  it('keeps the bytes of the tag files only, not of the payload', () => {
    const contents = contentsOf([
      { path: 'bagit.txt', bytes: text('x') },
      { path: 'data/a.txt', bytes: text('a') },
    ]);
    expect([...contents.tags.keys()]).toEqual(['bagit.txt']);
    expect([...contents.files.keys()]).toEqual(['bagit.txt', 'data/a.txt']);
  });

  it('writes manifest lines in path order whatever the input order, keeping the given order of equal paths', () => {
    expect(
      manifestText('md5', [
        { path: 'data/a.txt', bytes: text('a') },
        { path: 'data/b.txt', bytes: text('b') },
        { path: 'data/c.txt', bytes: text('c') },
      ]),
    ).toBe(`${MD5_A}  data/a.txt\n${MD5_B}  data/b.txt\n${MD5_C}  data/c.txt\n`);
    expect(
      manifestText('md5', [
        { path: 'data/x.txt', bytes: text('a') },
        { path: 'data/x.txt', bytes: text('b') },
      ]),
    ).toBe(`${MD5_A}  data/x.txt\n${MD5_B}  data/x.txt\n`);
  });

  it('writes Bag-Size in bytes below 1000 and in KB, MB, GB, TB with one decimal above', () => {
    expect(bagSize(0)).toBe('0 bytes');
    expect(bagSize(999)).toBe('999 bytes');
    expect(bagSize(1000)).toBe('1.0 KB');
    expect(bagSize(215_300)).toBe('215.3 KB');
    expect(bagSize(1_500_000)).toBe('1.5 MB');
    expect(bagSize(2_000_000_000)).toBe('2.0 GB');
    expect(bagSize(3_000_000_000_000)).toBe('3.0 TB');
    expect(bagSize(5_000_000_000_000_000)).toBe('5000.0 TB');
  });

  it('folds a field only between words, never after the label, and allows a line of exactly 79 characters', () => {
    expect(foldField('Label', 'x'.repeat(100))).toBe(`Label: ${'x'.repeat(100)}`);
    expect(foldField('Label', `${'a'.repeat(70)} b`)).toBe(`Label: ${'a'.repeat(70)} b`);
    expect(foldField('Label', `${'a'.repeat(71)} b`)).toBe(`Label: ${'a'.repeat(71)}\n b`);
  });

  it('refuses a bag-info label with a colon or a leading space', () => {
    expect(() => bagInfoText([['a:b', 'x']])).toThrow('bag-info label “a:b” may not contain a colon or start with a space');
    expect(() => bagInfoText([[' Label', 'x']])).toThrow('bag-info label “ Label” may not contain a colon or start with a space');
  });

  it('records its own Payload-Oxum and Bag-Size in bag-info.txt, dropping any given ones', () => {
    const bag = makeBag({
      payload: [
        { path: 'a.txt', bytes: text('hello') },
        { path: 'b.bin', bytes: new Uint8Array(1500) },
      ],
      info: [
        ['Payload-Oxum', '1.1'],
        ['Source-Organization', 'y'],
        ['Bag-Size', 'x'],
      ],
    });
    const info = bag.find((file) => file.path === 'bag-info.txt');
    expect(new TextDecoder().decode(info?.bytes)).toBe('Source-Organization: y\nPayload-Oxum: 1505.2\nBag-Size: 1.5 KB\n');
  });
});

describe('BagIt reading rules', () => {
  it('tells which relative paths are unsafe, with a colon allowed past the first segment', () => {
    expect(unsafePath('data/a:b.txt')).toBeUndefined();
    expect(unsafePath('data/./a.txt')).toBe('a path with an empty or “.” segment');
    expect(unsafePath('data/./')).toBe('a path with an empty or “.” segment');
    expect(unsafePath('data//')).toBe('a path with an empty or “.” segment');
    expect(unsafePath('data/../')).toBe('a path climbing out with “..”');
  });

  it('reads a manifest path written with a leading “./” as the path without it', () => {
    expect(parseManifest(`${MD5_A.toUpperCase()}  ./data/a.txt\n`, 'manifest-md5.txt')).toEqual({
      entries: new Map([['data/a.txt', MD5_A]]),
      problems: [],
    });
  });

  it('reads Payload-Oxum as digits.digits, ignoring surrounding space', () => {
    expect(parseOxum('12.3')).toEqual({ octets: 12, files: 3 });
    expect(parseOxum(' 12.34 \n')).toEqual({ octets: 12, files: 34 });
    expect(parseOxum('x12.3')).toBeUndefined();
    expect(parseOxum('12.3x')).toBeUndefined();
    expect(parseOxum('12')).toBeUndefined();
  });

  it('joins a continuation line to the field just before it, and trims labels', () => {
    expect(parseBagInfo('A: 1\nB: 2\nC: 3\n  more\nLabel :v\n')).toEqual([
      ['A', '1'],
      ['B', '2'],
      ['C', '3 more'],
      ['Label', 'v'],
    ]);
    expect(() => parseBagInfo('no colon')).toThrow('expected “Label: value”, found “no colon”');
    expect(() => parseBagInfo(': value')).toThrow('expected “Label: value”, found “: value”');
  });

  it('checks bagit.txt: present, UTF-8, a M.N version and UTF-8 tag files declared', () => {
    const invalid = (detail: string) => ({ kind: 'invalid', path: 'bagit.txt', detail });
    expect(declarationProblems(undefined)).toEqual([{ kind: 'missing', path: 'bagit.txt', detail: 'not a bag: no bagit.txt' }]);
    expect(declarationProblems(new Uint8Array([0xef, 0x00]))).toEqual([invalid('is not UTF-8')]);
    expect(declarationProblems(text('BagIt-Version: 10.10\nTag-File-Character-Encoding: utf-8\n'))).toEqual([]);
    expect(declarationProblems(text('Tag-File-Character-Encoding: UTF-8\n'))).toEqual([invalid('no BagIt-Version')]);
    expect(declarationProblems(text('BagIt-Version: v1.0\nTag-File-Character-Encoding: UTF-8\n'))).toEqual([invalid('no BagIt-Version')]);
    expect(declarationProblems(text('BagIt-Version: 1.0 beta\nTag-File-Character-Encoding: UTF-8\n'))).toEqual([
      invalid('no BagIt-Version'),
    ]);
    expect(declarationProblems(text('BagIt-Version: 1.0\nTag-File-Character-Encoding: ISO-8859-1\n'))).toEqual([
      invalid('tag files are not declared UTF-8'),
    ]);
    expect(declarationProblems(text('BagIt-Version: 1.0\n'))).toEqual([invalid('tag files are not declared UTF-8')]);
  });
});

describe('verifyBag', () => {
  it('reads back a bag whose file name holds a line or paragraph separator (U+2028, U+2029), which are not line breaks in a manifest', () => {
    const bag = makeBag({ payload: [{ path: 'a\u2028b\u2029c.txt', bytes: text('x') }], info: [] });
    // The payload file and the four tag files the tag manifests list.
    expect(report(verifyBag(contentsOf(bag)))).toEqual({ problems: [], checked: 5 });
  });
  it('stops at a missing bagit.txt, and goes on past any other bagit.txt problem', () => {
    expect(report(verifyBag(contentsOf(without(made, 'bagit.txt'))))).toEqual({
      problems: ['missing bagit.txt: not a bag: no bagit.txt'],
      checked: 0,
    });
    const bom = replace(made, 'bagit.txt', text(`\uFEFF${BAGIT_TXT}`));
    expect(report(verifyBag(contentsOf(bom)))).toEqual({
      problems: [
        'invalid bagit.txt: starts with a byte-order mark, which RFC 8493 forbids; save it as UTF-8 without BOM',
        'altered bagit.txt: checksum differs from tagmanifest-sha512.txt',
      ],
      checked: 5,
    });
  });

  it('names manifests with unknown algorithms or not in UTF-8, and ignores files only resembling manifests', () => {
    const bag = contentsOf([
      ...made,
      { path: 'manifest-sha3.txt', bytes: text('junk\n') },
      { path: 'manifest-md5.txt', bytes: new Uint8Array([0xff, 0xfe]) },
      { path: 'old-manifest-sha256.txt', bytes: text('junk\n') },
      { path: 'manifest-sha256.txt.bak', bytes: text('junk\n') },
    ]);
    expect(report(verifyBag(bag))).toEqual({
      problems: ['invalid manifest-md5.txt: is not UTF-8', 'invalid manifest-sha3.txt: unknown algorithm sha3'],
      checked: 5,
    });
  });

  it('reports a manifest’s malformed lines, and a manifest that starts with a byte-order mark', () => {
    expect(
      report(verifyBag(handBag({ 'bagit.txt': BAGIT_TXT, 'manifest-md5.txt': `${MD5_A}  data/a.txt\nnonsense\n`, 'data/a.txt': 'a' }))),
    ).toEqual({
      problems: ['invalid manifest-md5.txt: line 2: expected “checksum path”, found “nonsense”'],
      checked: 1,
    });
    expect(
      report(verifyBag(handBag({ 'bagit.txt': BAGIT_TXT, 'manifest-md5.txt': `\uFEFF${MD5_A}  data/a.txt\n`, 'data/a.txt': 'a' }))),
    ).toEqual({
      problems: [
        `invalid manifest-md5.txt: line 1: expected “checksum path”, found “\uFEFF${MD5_A}  data/a.txt”`,
        'extra data/a.txt: in the bag, not listed in manifest-md5.txt',
      ],
      checked: 0,
    });
  });

  it('reports a bag-info.txt that is not UTF-8, not “Label: value” lines, or with a wrong Payload-Oxum', () => {
    const withInfo = (info: string | Uint8Array) =>
      report(
        verifyBag(
          handBag({ 'bagit.txt': BAGIT_TXT, 'bag-info.txt': info, 'manifest-md5.txt': `${MD5_A}  data/a.txt\n`, 'data/a.txt': 'a' }),
        ),
      ).problems;
    expect(withInfo(new Uint8Array([0xff]))).toEqual(['invalid bag-info.txt: is not UTF-8']);
    expect(withInfo('no colon here\n')).toEqual(['invalid bag-info.txt: expected “Label: value”, found “no colon here”']);
    expect(withInfo('Payload-Oxum: 2.1\n')).toEqual(['invalid bag-info.txt: Payload-Oxum is 2.1, the payload is 1.1']);
    expect(withInfo('Payload-Oxum: 1.1\n')).toEqual([]);
  });

  it('reports a bag with no payload manifest, and the files its tag manifest lists that are gone', () => {
    expect(report(verifyBag(contentsOf(without(made, 'manifest-sha512.txt', 'manifest-sha256.txt'))))).toEqual({
      problems: [
        'missing manifest-sha512.txt: no payload manifest',
        'missing manifest-sha256.txt: listed in tagmanifest-sha512.txt, not in the bag',
        'missing manifest-sha512.txt: listed in tagmanifest-sha512.txt, not in the bag',
      ],
      checked: 2,
    });
  });

  it('refuses a tag manifest that lists a payload file', () => {
    const tagmanifest = made.find((file) => file.path === 'tagmanifest-sha512.txt');
    const listed = `${new TextDecoder().decode(tagmanifest?.bytes)}${'0'.repeat(128)}  data/index.html\n`;
    expect(report(verifyBag(contentsOf(replace(made, 'tagmanifest-sha512.txt', text(listed)))))).toEqual({
      problems: [
        'invalid data/index.html: tagmanifest-sha512.txt lists a payload file; tag manifests list tag files',
        'altered data/index.html: checksum differs from tagmanifest-sha512.txt',
      ],
      checked: 5,
    });
  });

  it('names missing and extra payload files in path order, whatever the order of manifest lines and files', () => {
    const bag = handBag({
      'bagit.txt': BAGIT_TXT,
      'manifest-md5.txt': `${MD5_B}  data/b.txt\n${MD5_A}  data/a.txt\n`,
      'data/d.txt': 'd',
      'data/c.txt': 'c',
    });
    expect(report(verifyBag(bag))).toEqual({
      problems: [
        'missing data/a.txt: listed in the manifest, not in the bag',
        'missing data/b.txt: listed in the manifest, not in the bag',
        'extra data/c.txt: in the bag, not listed in manifest-md5.txt',
        'extra data/d.txt: in the bag, not listed in manifest-md5.txt',
      ],
      checked: 0,
    });
  });

  it('names altered files in path order, each with every manifest it fails, in manifest-name order', () => {
    const bag = [
      ...replace(replace(made, 'data/index.html', text('<p>ho</p>')), 'bag-info.txt', text('Source-Organization: y\n')),
      { path: 'data/new.html', bytes: text('x') },
    ];
    expect(report(verifyBag(contentsOf(bag)))).toEqual({
      problems: [
        'extra data/new.html: in the bag, not listed in manifest-sha256.txt, manifest-sha512.txt',
        'altered bag-info.txt: checksum differs from tagmanifest-sha512.txt',
        'altered data/index.html: checksum differs from manifest-sha256.txt, manifest-sha512.txt',
      ],
      checked: 5,
    });
  });
});
