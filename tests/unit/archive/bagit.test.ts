import { describe, expect, it } from 'vitest';
import {
  BAG_INFO_WIDTH,
  bagInfoText,
  contentsOf,
  decodePath,
  encodePath,
  makeBag,
  manifestText,
  parseBagInfo,
  parseManifest,
  payloadOxum,
  unsafePath,
  verifyBag,
  type BagFile,
} from '../../../scripts/archive/bagit.ts';

const text = (value: string) => new TextEncoder().encode(value);
const problemsOf = (files: readonly BagFile[]) => verifyBag(contentsOf(files)).problems.map((p) => `${p.kind} ${p.path}`);

describe('BagIt pieces', () => {
  it('percent-encodes %, CR and LF in manifest paths, and reads them back', () => {
    expect(encodePath('data/a%b\nc\rd.txt')).toBe('data/a%25b%0Ac%0Dd.txt');
    expect(decodePath('data/a%25b%0Ac%0Dd.txt')).toBe('data/a%b\nc\rd.txt');
  });

  it('writes manifests as sorted “checksum  path” lines that parse back', () => {
    const files = [
      { path: 'data/b.txt', bytes: text('b') },
      { path: 'data/a.txt', bytes: text('a') },
    ];
    const manifest = manifestText('sha256', files);
    expect(manifest).toBe(
      'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb  data/a.txt\n' +
        '3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d  data/b.txt\n',
    );
    expect(parseManifest(manifest, 'm')).toEqual({
      entries: new Map([
        ['data/a.txt', 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb'],
        ['data/b.txt', '3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d'],
      ]),
      problems: [],
    });
    expect(parseManifest('not a manifest line', 'manifest-sha256.txt').problems).toEqual([
      { kind: 'invalid', path: 'manifest-sha256.txt', detail: 'line 1: expected “checksum path”, found “not a manifest line”' },
    ]);
  });

  it('refuses a manifest that lists a file twice, or a path that climbs out or is absolute, naming the line', () => {
    const details = (manifest: string) => parseManifest(manifest, 'manifest-md5.txt').problems.map((p) => p.detail);
    expect(details('aa  data/a.txt\nbb  data/a.txt\n')).toEqual([
      'line 2: data/a.txt is listed twice (also line 1); each file must be listed once',
    ]);
    expect(details('aa  data/../../etc/passwd\n')).toEqual(['line 1: data/../../etc/passwd is a path climbing out with “..”']);
    expect(details('aa  /etc/passwd\n')).toEqual(['line 1: /etc/passwd is an absolute path']);
  });

  it('tells safe member paths from unsafe ones', () => {
    expect(unsafePath('bag/data/index.html')).toBeUndefined();
    expect(unsafePath('bag/data/')).toBeUndefined();
    expect(unsafePath('bag/data/../../x')).toMatch(/\.\./);
    expect(unsafePath('/etc/x')).toMatch(/absolute/);
    expect(unsafePath('C:/x')).toMatch(/Windows/);
    expect(unsafePath('bag//x')).toMatch(/empty/);
  });

  it('computes Payload-Oxum as octets.files', () => {
    expect(payloadOxum([{ size: 3 }, { size: 2 }])).toBe('5.2');
  });

  it('writes bag-info folded at spaces to 79 characters, and reads it back unchanged', () => {
    const long =
      '常菁菁, 焦超超. 党旗在副中心疫情防控一线高高飘扬[J]. 北京支部生活, 2022(6). 本包为该文存档版网站的构建产物（dist/），可由任何静态服务器发布，或直接从磁盘打开 data/index.html 阅读。';
    const info = bagInfoText([
      ['Source-Organization', '北京支部生活'],
      ['External-Description', long],
      ['Note', 'one\ntwo'],
    ]);
    expect(info).toBe(
      'Source-Organization: 北京支部生活\n' +
        'External-Description: 常菁菁, 焦超超. 党旗在副中心疫情防控一线高高飘扬[J]. 北京支部生活, 2022(6).\n' +
        ' 本包为该文存档版网站的构建产物（dist/），可由任何静态服务器发布，或直接从磁盘打开 data/index.html 阅读。\n' +
        'Note: one two\n',
    );
    expect(Math.max(...info.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(BAG_INFO_WIDTH);
    expect(parseBagInfo(info)).toEqual([
      ['Source-Organization', '北京支部生活'],
      ['External-Description', long],
      ['Note', 'one two'],
    ]);
    // Unfolding as RFC 5322 does (removing the line breaks) gives the same value.
    expect(info.replace(/\n(?=[ \t])/g, '')).toContain(`External-Description: ${long}\n`);
  });

  it('makes a bag that verifies, and names a file altered, removed or added', () => {
    const bag = makeBag({ payload: [{ path: 'index.html', bytes: text('<p>hi</p>') }], info: [['Source-Organization', 'x']] });
    expect(bag.map((file) => file.path)).toEqual([
      'bagit.txt',
      'bag-info.txt',
      'manifest-sha512.txt',
      'manifest-sha256.txt',
      'tagmanifest-sha512.txt',
      'data/index.html',
    ]);
    expect(problemsOf(bag)).toEqual([]);
    const altered = bag.map((file) => (file.path === 'data/index.html' ? { ...file, bytes: text('<p>ho</p>') } : file));
    expect(problemsOf(altered)).toEqual(['altered data/index.html']);
    const added = [...bag, { path: 'data/new.html', bytes: text('x') }];
    expect(problemsOf(added)).toEqual(['extra data/new.html', 'invalid bag-info.txt']);
    const removed = bag.filter((file) => file.path !== 'data/index.html');
    expect(problemsOf(removed)).toEqual(['missing data/index.html', 'invalid bag-info.txt']);
    const tagAltered = bag.map((file) => (file.path === 'bag-info.txt' ? { ...file, bytes: text('Source-Organization: y\n') } : file));
    expect(problemsOf(tagAltered)).toEqual(['altered bag-info.txt']);
  });

  it('refuses a bagit.txt with a byte-order mark, and a payload manifest listing a file outside data/', () => {
    const bag = makeBag({ payload: [{ path: 'index.html', bytes: text('<p>hi</p>') }], info: [] });
    const bom = bag.map((file) =>
      file.path === 'bagit.txt' ? { ...file, bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...file.bytes]) } : file,
    );
    expect(verifyBag(contentsOf(bom)).problems).toContainEqual({
      kind: 'invalid',
      path: 'bagit.txt',
      detail: 'starts with a byte-order mark, which RFC 8493 forbids; save it as UTF-8 without BOM',
    });
    const outside = bag.map((file) =>
      file.path === 'manifest-sha256.txt'
        ? { ...file, bytes: text(`${new TextDecoder().decode(file.bytes)}${'0'.repeat(64)}  bagit.txt\n`) }
        : file,
    );
    expect(verifyBag(contentsOf(outside)).problems).toContainEqual({
      kind: 'invalid',
      path: 'bagit.txt',
      detail: 'a payload manifest lists a file outside data/',
    });
  });
});
