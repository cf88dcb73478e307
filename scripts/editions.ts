// npm run editions: builds the site, then writes its EPUB 3 editions (Chinese, English) and its A4 PDF (Chinese) to
// dist/editions/, made from the built pages, and lists them with their sizes on the about pages.
// Options: --dist DIR (the built site, default dist), --out DIR (default DIR/editions).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { parse as parseYaml } from 'yaml';
import { readBuildInfo } from '../src/data/build-info.ts';
import { renderOgImage } from '../src/data/og-image.ts';
import { LANGS, type Lang } from '../src/i18n/locale.ts';
import { CONTENT } from '../src/lib/content/layout.ts';
import { englishPublicationSchema, publicationSchema } from '../src/schemas.ts';
import { editionsListHtml, fillEditions, type WrittenEdition } from './editions/about.ts';
import { EDITIONS, EDITIONS_FOLDER, edition, type Edition } from './editions/catalog.ts';
import { buildEpub } from './editions/epub-edition.ts';
import { editionIdentifier, epubMetadata, type Publications } from './editions/metadata.ts';
import { pdfSource } from './editions/pdf.ts';
import { editionText, pageFile, type EditionText } from './editions/source.ts';
import { EDITION_WORDS } from './editions/words.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string' } } });
const dist = resolve(values.dist);
const out = resolve(values.out ?? join(dist, EDITIONS_FOLDER));
/** The fonts the PDF is set in: Debian's fonts-noto-cjk (Noto Serif CJK SC and Noto Sans CJK SC, SIL Open Font License). */
const FONT_FOLDER = '/usr/share/fonts/opentype/noto';

const started = performance.now();
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`;

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string };
const publications: Publications = {
  zh: publicationSchema.parse(parseYaml(readFileSync(`${CONTENT.meta}/publication.yaml`, 'utf8'))),
  en: englishPublicationSchema.parse(parseYaml(readFileSync(`${CONTENT.en.meta}/publication.yaml`, 'utf8'))),
};
const build = readBuildInfo();
// Dated like the build: by SOURCE_DATE_EPOCH or the commit; without either, by the article's date, never the clock.
const date = new Date(build.date?.iso ?? publications.zh.date);
const commit = build.commit ?? 'unknown';

const read = (file: string) => {
  const path = join(dist, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: the editions are made from the built site; run npm run build first`);
  return readFileSync(path, 'utf8');
};
const texts = Object.fromEntries(LANGS.map((lang) => [lang, editionText(lang, read)])) as Record<Lang, EditionText>;

mkdirSync(out, { recursive: true });
const written: WrittenEdition[] = [];
/** Writes a file whole or not at all (a reader of dist/ never sees half of it). */
const writeAtomic = (path: string, bytes: Uint8Array | string) => {
  writeFileSync(`${path}.partial`, bytes);
  renameSync(`${path}.partial`, path);
};
const write = (entry: Edition, bytes: Uint8Array, since: number) => {
  const path = join(out, entry.file);
  writeAtomic(path, bytes);
  written.push({ edition: entry, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  console.log(`${entry.id}: ${relative(process.cwd(), path)} (${bytes.length} bytes) in ${seconds(since)}`);
};

async function cover(lang: Lang): Promise<{ png: Uint8Array; alt: string }> {
  const { zh, en } = publications;
  // Drawn as the Open Graph image is, at a book's proportions (3:4); the title stays the Chinese original's.
  const byline = lang === 'en' ? en.authors.map((author) => author.name).join(' · ') : zh.authors.join('　');
  const source = lang === 'en' ? `Translated from ${en.periodical.name}, ${en.issue}` : `《${zh.periodical}》${zh.issue}`;
  const png = await renderOgImage({ title: zh.title, byline, source, width: 1200, height: 1600 });
  return { png: new Uint8Array(png), alt: EDITION_WORDS[lang].coverAlt(zh.title, byline, source) };
}

const css = readFileSync(new URL('editions/epub.css', import.meta.url), 'utf8');
for (const lang of LANGS) {
  const since = performance.now();
  const entry = edition(lang === 'en' ? 'epub-en' : 'epub-zh');
  const metadata = epubMetadata(lang, publications, editionIdentifier(pkg.name, entry.id), date);
  write(entry, buildEpub({ text: texts[lang], metadata, cover: await cover(lang), css, date }), since);
}

{
  const since = performance.now();
  const entry = edition('pdf-zh');
  if (!existsSync(FONT_FOLDER))
    throw new Error(
      `${FONT_FOLDER} is missing: the PDF is set in Noto CJK; install it with node scripts/ensure-chromium.mjs (as root) or apt-get install fonts-noto-cjk`,
    );
  const source = pdfSource({
    text: texts['zh-CN'],
    authors: publications.zh.authors,
    subject: `《${publications.zh.periodical}》${publications.zh.issue}`,
    keywords: publications.zh.keywords,
    date,
    commit,
    file: `${EDITIONS_FOLDER}/${entry.file}`,
  });
  const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [FONT_FOLDER] }] });
  const document = compiler.compile({ mainFileContent: source });
  if (!document.result) {
    writeFileSync(join(out, 'pdf-source.typ'), source);
    const diagnostics = document.takeDiagnostics();
    const detail = diagnostics ? JSON.stringify(compiler.fetchDiagnostics(diagnostics), null, 2) : '(Typst gave no diagnostics)';
    throw new Error(`Typst could not set the PDF (its source: ${join(out, 'pdf-source.typ')}):\n${detail}`);
  }
  const pdf = compiler.pdf(document.result, { pdfStandard: 'ua-1', creationTimestamp: Math.floor(date.getTime() / 1000) });
  write(entry, new Uint8Array(pdf), since);
}

// The about pages list the editions just written, in the catalogue's order, with their true sizes.
const listed = EDITIONS.map((entry) => written.find((item) => item.edition.id === entry.id)).filter((item) => item !== undefined);
if (out === join(dist, EDITIONS_FOLDER)) {
  for (const lang of LANGS) {
    const file = pageFile('about', lang);
    writeAtomic(join(dist, file), fillEditions(read(file), editionsListHtml(listed, lang, file), file));
  }
  console.log(`about pages: listed ${listed.length} editions`);
}
console.log(`editions: ${listed.length} files in ${seconds(started)}`);
