// npm run archive: builds the site, then packs dist/ as a BagIt 1.0 bag (RFC 8493) in archives/<name>/ and
// archives/<name>.tar.gz, and as a web archive (WACZ 1.1.1) in archives/<name>.wacz. Options: --dist DIR (default dist),
// --out DIR (default archives). BAG_SOURCE_ORGANIZATION names the organisation transferring the bag in bag-info.txt;
// unset, the field is left out (no one is named who did not transfer it).
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { readBuildInfo } from '../src/data/build-info.ts';
import { digest, makeBag, verifyBag, type BagFile } from './archive/bagit.ts';
import { citedWork, gbt7714, plainText } from '../src/lib/cite/citation.ts';
import { CONTENT } from '../src/lib/content/layout.ts';
import { bagSources, writeTarGz } from './archive/tar.ts';
import { englishPublicationSchema, publicationSchema } from '../src/schemas.ts';
import { filesUnder, folderBag, progress } from './archive/bag-files.ts';
import { writeSiteWacz } from './archive/wacz-files.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'archives' } } });
const dist = resolve(values.dist);
const out = resolve(values.out);

const publication = citedWork(
  publicationSchema.parse(parseYaml(readFileSync(CONTENT.publication, 'utf8'))),
  englishPublicationSchema.parse(parseYaml(readFileSync(CONTENT.en.publication, 'utf8'))),
);
const build = readBuildInfo();
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
// Dated like the build: by SOURCE_DATE_EPOCH or the commit, so the same commit gives the same bag; the clock only without either.
const date = build.date?.iso ?? new Date().toISOString();
const day = build.date ? build.date.iso.slice(0, 10) : date.slice(0, 10);
const name = `${pkg.name}-${build.commit ? build.commit.slice(0, 12) : day}`;

const sourceOrganization = process.env['BAG_SOURCE_ORGANIZATION']?.trim();
const paths = filesUnder(dist);
if (!paths.includes('index.html')) throw new Error(`${dist} holds no index.html: build the site first (npm run build)`);
const report = progress('hashing');
const payload: BagFile[] = paths.map((path, index) => {
  const bytes = readFileSync(join(dist, path));
  report(index + 1, paths.length, path);
  return { path, bytes };
});

const bag = makeBag({
  payload,
  info: [
    ...(sourceOrganization ? [['Source-Organization', sourceOrganization] as const] : []),
    ['Bagging-Date', day],
    [
      'External-Description',
      `${plainText(gbt7714(publication))} 本包为该文存档版网站的构建产物（dist/），可由任何静态服务器发布，或直接从磁盘打开 data/index.html 阅读。`,
    ],
    ...(build.commit
      ? [['External-Identifier', `git commit ${build.commit}${build.dirty ? ' (with uncommitted changes)' : ''}`] as const]
      : []),
    ['Bag-Software-Agent', `${pkg.name} ${pkg.version} scripts/archive.ts`],
  ],
});

const folder = join(out, name);
rmSync(folder, { recursive: true, force: true });
for (const file of bag) {
  mkdirSync(dirname(join(folder, file.path)), { recursive: true });
  writeFileSync(join(folder, file.path), file.bytes);
}
const tarball = `${folder}.tar.gz`;
await writeTarGz(bagSources(folder, name, filesUnder(folder)), tarball, new Date(Math.floor(Date.parse(date) / 1000) * 1000));

const { problems } = verifyBag(folderBag(folder, progress('verifying')));
if (problems.length > 0)
  throw new Error(`the new bag does not verify:\n${problems.map((p) => `${p.kind}: ${p.path} (${p.detail})`).join('\n')}`);
const info = bag.find((file) => file.path === 'bag-info.txt');
console.log(`bag: ${folder}/ (${payload.length} payload files)`);
console.log(`archive: ${tarball} (${statSync(tarball).size} bytes, sha256 ${digest('sha256', readFileSync(tarball))})`);
console.log(new TextDecoder().decode(info?.bytes).trimEnd());

const wacz = await writeSiteWacz({
  dist,
  file: `${folder}.wacz`,
  citation: plainText(gbt7714(publication)),
  software: `${pkg.name} ${pkg.version} scripts/archive.ts`,
  date,
  commit: build.commit,
});
console.log(
  `web archive: ${folder}.wacz (${wacz.bytes} bytes, ${wacz.records} WARC records, ${wacz.pages} pages at ${wacz.siteUrl}; ${wacz.sha256})`,
);
