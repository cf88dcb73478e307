import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  BagCollector,
  PER_FILE_ALLOWANCE,
  RefusedArchive,
  TAG_ALLOWANCE,
  TAG_FILE_CAP,
  unpackLimit,
  type MemberKind,
} from '../../../scripts/archive/read-archive.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Feeds members to a new collector as an archive would: begin, the bytes, end. */
function collect(members: readonly [name: string, kind: MemberKind, content?: string][], cap = 1_000_000): BagCollector {
  const collector = new BagCollector(cap);
  for (const [name, kind, content] of members) {
    collector.begin(name, kind);
    if (content !== undefined) collector.chunk(bytes(content));
    collector.end();
  }
  return collector;
}

/** The message a refused member gives. */
function refusal(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(RefusedArchive);
    return (error as Error).message;
  }
  throw new Error('the member was not refused');
}

describe('unpackLimit', () => {
  it('is the fixed cap until the bag declares its payload, then the payload with allowances per file and for tag files', () => {
    expect(unpackLimit(5000, undefined)).toBe(5000);
    expect(unpackLimit(5000, { octets: 100, files: 3 })).toBe(100 + 3 * 2048 + 64 * 1024 ** 2);
    expect(PER_FILE_ALLOWANCE).toBe(2048);
    expect(TAG_ALLOWANCE).toBe(64 * 1024 ** 2);
  });
});

describe('BagCollector', () => {
  it('reads a bag in one top folder: every file’s size and digests, the tag files’ bytes, payload bytes not kept', () => {
    const bag = collect([
      ['bag/', 'directory'],
      ['bag/bagit.txt', 'file', 'BagIt-Version: 1.0\n'],
      ['./bag/data/', 'directory'],
      ['./bag/data/a.txt', 'file', 'hello'],
    ]).contents();
    expect([...bag.files.keys()]).toEqual(['bagit.txt', 'data/a.txt']);
    expect(bag.files.get('data/a.txt')).toEqual({
      size: 5,
      digests: expect.objectContaining({ sha256: createHash('sha256').update('hello').digest('hex') }) as unknown,
    });
    expect([...bag.tags.keys()]).toEqual(['bagit.txt']);
    expect(new TextDecoder().decode(bag.tags.get('bagit.txt'))).toBe('BagIt-Version: 1.0\n');
  });

  it('lets a member’s bytes come in several chunks', () => {
    const collector = new BagCollector(1000);
    collector.begin('bag/bagit.txt', 'file');
    collector.chunk(bytes('Bag'));
    collector.chunk(bytes('It'));
    collector.end();
    const bag = collector.contents();
    expect(new TextDecoder().decode(bag.tags.get('bagit.txt'))).toBe('BagIt');
    expect(bag.files.get('bagit.txt')?.size).toBe(5);
  });

  it.each([
    ['bag/../etc/passwd', 'file', 'a path climbing out with “..”'],
    ['/etc/passwd', 'file', 'an absolute path'],
    ['bag\\data\\a.txt', 'file', 'a Windows path'],
    ['bag//a.txt', 'file', 'an empty or “.” segment'],
  ] as const)('refuses the member %s (%s): %s', (name, kind, says) => {
    const message = refusal(() => collect([[name, kind, 'x']]));
    expect(message).toContain(`member “${name}”`);
    expect(message).toContain(says);
    expect(message).toContain('nothing outside the bag may be written');
  });

  it('refuses links, naming their target, and devices, FIFOs and other special members', () => {
    const collector = new BagCollector(1000);
    expect(refusal(() => collector.begin('bag/data/l', 'symlink', '/etc/shadow'))).toBe(
      'member “bag/data/l” is a symbolic link (to “/etc/shadow”): refused, a bag holds only files and folders',
    );
    expect(refusal(() => collector.begin('bag/data/h', 'hardlink'))).toBe(
      'member “bag/data/h” is a hard link: refused, a bag holds only files and folders',
    );
    expect(refusal(() => collector.begin('bag/data/d', 'device'))).toContain('is a device: refused');
    expect(refusal(() => collector.begin('bag/data/f', 'fifo'))).toContain('is a fifo: refused');
    expect(refusal(() => collector.begin('bag/data/o', 'other'))).toContain('is a special member: refused');
  });

  it('refuses a file outside any folder, a second top folder, and a file given twice', () => {
    expect(refusal(() => collect([['bagit.txt', 'file', 'x']]))).toContain('stands outside any folder');
    expect(
      refusal(() =>
        collect([
          ['bag/bagit.txt', 'file', 'x'],
          ['other/a.txt', 'file', 'y'],
        ]),
      ),
    ).toBe("member “other/a.txt” is outside the bag's folder “bag/”: an archive of a bag holds one top folder, the bag (RFC 8493 §4.2)");
    expect(
      refusal(() =>
        collect([
          ['bag/a.txt', 'file', 'x'],
          ['./bag/a.txt', 'file', 'y'],
        ]),
      ),
    ).toBe('member “./bag/a.txt” appears twice: refused, the two copies could differ');
  });

  it('takes the top folder from the first member, a folder included, and lets “./” and the root folder pass', () => {
    expect(
      refusal(() =>
        collect([
          ['./', 'directory'],
          ['one/', 'directory'],
          ['two/a.txt', 'file', 'x'],
        ]),
      ),
    ).toContain("outside the bag's folder “one/”");
  });

  it('takes off every leading “./”, and lets the root folder “/” pass but no file named for a folder', () => {
    const bag = collect([
      ['/', 'directory'],
      ['././bag/bagit.txt', 'file', 'BagIt-Version: 1.0\n'],
    ]).contents();
    expect([...bag.files.keys()]).toEqual(['bagit.txt']);
    expect(refusal(() => collect([['./', 'file', 'x']]))).toBe(
      'member “./” is a path with an empty or “.” segment: refused, nothing outside the bag may be written',
    );
  });

  it('holds nothing when no member came', () => {
    expect(refusal(() => new BagCollector(10).contents())).toBe('holds no members');
    expect(refusal(() => collect([['./', 'directory']]).contents())).toBe('holds no members');
  });

  it('refuses a tag file over the cap, but not a payload file of any size', () => {
    const big = new Uint8Array(TAG_FILE_CAP + 1);
    const tag = new BagCollector(10 * TAG_FILE_CAP);
    tag.begin('bag/tagmanifest-sha256.txt', 'file');
    expect(refusal(() => tag.chunk(big))).toBe(`member “bag/tagmanifest-sha256.txt” is a tag file over ${TAG_FILE_CAP} bytes: refused`);
    const payload = new BagCollector(10 * TAG_FILE_CAP);
    payload.begin('bag/data/big.bin', 'file');
    payload.chunk(big);
    payload.end();
    expect(payload.contents().files.get('data/big.bin')?.size).toBe(TAG_FILE_CAP + 1);
    expect(payload.contents().tags.size).toBe(0);
    const exact = new BagCollector(10 * TAG_FILE_CAP);
    exact.begin('bag/bag-info.txt', 'file');
    expect(() => exact.chunk(new Uint8Array(TAG_FILE_CAP))).not.toThrow();
  });

  it('counts unpacked bytes against the cap, up to it exactly, and names the member being read past it', () => {
    const collector = new BagCollector(100);
    collector.begin('bag/data/a.bin', 'file');
    collector.count(100);
    expect(refusal(() => collector.count(1))).toBe(
      'unpacks to more than 100 bytes, the cap for a bag that declares no Payload-Oxum (--max-bytes to change it), while reading member “bag/data/a.bin”: refused as a decompression bomb',
    );
    expect(refusal(() => new BagCollector(0).count(1))).toContain('while reading member “(none yet)”');
  });

  it('takes the limit from bag-info.txt’s Payload-Oxum once read, and refuses at once if already past it', () => {
    const info = 'Payload-Oxum: 10.1\n';
    const declared = 10 + PER_FILE_ALLOWANCE + TAG_ALLOWANCE;
    const collector = collect([['bag/bag-info.txt', 'file', info]], 10 * TAG_ALLOWANCE);
    expect(collector.limit).toBe(declared);
    collector.count(declared);
    expect(refusal(() => collector.count(1))).toContain(
      `what its Payload-Oxum declares, with ${TAG_ALLOWANCE} bytes for tag files and headers`,
    );

    const late = new BagCollector(10 * TAG_ALLOWANCE);
    late.count(declared + 1);
    late.begin('bag/bag-info.txt', 'file');
    late.chunk(bytes(info));
    expect(refusal(() => late.end())).toContain(`unpacks to more than ${declared} bytes`);

    const atLimit = new BagCollector(10 * TAG_ALLOWANCE);
    atLimit.count(declared);
    atLimit.begin('bag/bag-info.txt', 'file');
    atLimit.chunk(bytes(info));
    atLimit.end();
    expect(atLimit.limit).toBe(declared);
  });

  it('keeps the fixed cap when bag-info.txt has no Payload-Oxum, an unreadable one, or is not bag-info.txt', () => {
    const cap = 10 * TAG_ALLOWANCE;
    expect(collect([['bag/bag-info.txt', 'file', 'Source-Organization: x\n']], cap).limit).toBe(cap);
    expect(collect([['bag/bag-info.txt', 'file', 'Payload-Oxum: ten\n']], cap).limit).toBe(cap);
    expect(collect([['bag/bag-info.txt', 'file', '  not a label\n']], cap).limit).toBe(cap);
    expect(collect([['bag/data/bag-info.txt', 'file', 'Payload-Oxum: 10.1\n']], cap).limit).toBe(cap);
    expect(collect([['bag/other-info.txt', 'file', 'Payload-Oxum: 10.1\n']], cap).limit).toBe(cap);
  });

  it('does not refuse again at a bag-info.txt without a Payload-Oxum, for bytes already refused', () => {
    const collector = new BagCollector(100);
    expect(refusal(() => collector.count(101))).toContain('unpacks to more than 100 bytes');
    collector.begin('bag/bag-info.txt', 'file');
    collector.chunk(bytes('Source-Organization: x\n'));
    expect(() => collector.end()).not.toThrow();
    expect(collector.limit).toBe(100);
  });

  it('tells a listener each file as it starts, counted from one', () => {
    const seen: [number, string][] = [];
    const collector = new BagCollector(1000, (count, _total, path) => seen.push([count, path]));
    for (const name of ['bag/', 'bag/bagit.txt', 'bag/data/a.txt']) {
      collector.begin(name, name.endsWith('/') ? 'directory' : 'file');
      collector.end();
    }
    expect(seen).toEqual([
      [1, 'bagit.txt'],
      [2, 'data/a.txt'],
    ]);
  });
});
