import { describe, expect, it } from 'vitest';
import {
  bagInfoText,
  decodePath,
  encodePath,
  makeBag,
  manifestText,
  parseBagInfo,
  parseManifest,
  payloadOxum,
  verifyBag,
  type BagFile,
  type BagSource,
} from '../../../scripts/archive/bagit.ts';

const text = (value: string) => new TextEncoder().encode(value);
const memory = (files: readonly BagFile[]): BagSource => {
  const map = new Map(files.map((file) => [file.path, file.bytes]));
  return { list: () => [...map.keys()], read: (path) => map.get(path)! };
};

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
    expect(parseManifest(manifest, 'm')).toEqual(
      new Map([
        ['data/a.txt', 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb'],
        ['data/b.txt', '3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d'],
      ]),
    );
    expect(() => parseManifest('not a manifest line', 'manifest-sha256.txt')).toThrow(/manifest-sha256\.txt, line 1/);
  });

  it('computes Payload-Oxum as octets.files', () => {
    expect(payloadOxum([{ bytes: text('abc') }, { bytes: text('de') }])).toBe('5.2');
  });

  it('writes bag-info with continuation lines and reads it back', () => {
    const info = bagInfoText([
      ['Source-Organization', '北京支部生活'],
      ['External-Description', 'one\ntwo'],
    ]);
    expect(info).toBe('Source-Organization: 北京支部生活\nExternal-Description: one\n    two\n');
    expect(parseBagInfo(info)).toEqual([
      ['Source-Organization', '北京支部生活'],
      ['External-Description', 'one two'],
    ]);
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
    expect(verifyBag(memory(bag)).problems).toEqual([]);
    const altered = bag.map((file) => (file.path === 'data/index.html' ? { ...file, bytes: text('<p>ho</p>') } : file));
    expect(verifyBag(memory(altered)).problems.map((p) => `${p.kind} ${p.path}`)).toEqual(['altered data/index.html']);
    const added = [...bag, { path: 'data/new.html', bytes: text('x') }];
    expect(verifyBag(memory(added)).problems.map((p) => `${p.kind} ${p.path}`)).toEqual(['extra data/new.html', 'invalid bag-info.txt']);
    const removed = bag.filter((file) => file.path !== 'data/index.html');
    expect(verifyBag(memory(removed)).problems.map((p) => `${p.kind} ${p.path}`)).toEqual([
      'missing data/index.html',
      'invalid bag-info.txt',
    ]);
    const tagAltered = bag.map((file) => (file.path === 'bag-info.txt' ? { ...file, bytes: text('Source-Organization: y\n') } : file));
    expect(verifyBag(memory(tagAltered)).problems.map((p) => `${p.kind} ${p.path}`)).toEqual(['altered bag-info.txt']);
  });
});
