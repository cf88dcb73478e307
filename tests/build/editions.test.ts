// npm run editions, end to end: writes the editions from a copy of the built site twice, and checks them with the
// publishers' tools: EPUBCheck and Ace by DAISY for the EPUBs, poppler's pdfinfo, pdffonts and pdftotext for the PDF.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAll, textOf } from '../../scripts/editions/hast.ts';
import { EDITIONS, edition } from '../../scripts/editions/catalog.ts';
import { PARAGRAPH_ID, PART_IDS } from '@/lib/content/layout.ts';
import { normalizePunctuation } from '@/lib/text/normalize.ts';
import { reference, shownText } from '../support/article.ts';
import { builtPage, elementText, paragraphIds } from '../support/dist.ts';
import { childOutput, runChild } from '../support/child.ts';

const NODE = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;
const EPUBCHECK = '/usr/share/java/epubcheck.jar';
// The running head and the page number sit in the margins (28 mm top, 26 mm bottom): pdftotext reads the text block only.
const TEXT_BLOCK = ['-x', '0', '-y', '79', '-W', '595', '-H', '689'];
/** Punctuation no line may start with (CLREQ's line-start prohibition). */
const CLOSING = /^[，。、；：？！）》」』”’〕】〉]/u;

let root = '';
const runs: { dir: string; log: string }[] = [];
const editionPath = (run: number, file: string) => join(runs[run]!.dir, 'editions', file);
const squeeze = (text: string) => text.replace(/\s+/g, '');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'editions-'));
  for (const name of ['a', 'b']) {
    const dir = join(root, name);
    cpSync('dist', dir, { recursive: true });
    const log = childOutput(NODE, ['scripts/editions.ts', '--dist', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    runs.push({ dir, log });
  }
  console.log(runs[0]!.log);
}, 400_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('npm run editions', () => {
  it('prints a line per edition with its size and time, and the total time', () => {
    for (const entry of EDITIONS)
      expect(runs[0]!.log).toMatch(new RegExp(`${entry.id}: .*${entry.file} \\(\\d+ bytes\\) in \\d+\\.\\d\\d s`));
    expect(runs[0]!.log).toMatch(/editions: 3 files in \d+\.\d\d s/);
  });

  it('gives byte-identical files on a second run from the same build', () => {
    const files = readdirSync(join(runs[0]!.dir, 'editions')).sort();
    expect(files).toEqual(EDITIONS.map((entry) => entry.file).sort());
    for (const file of files) expect(readFileSync(editionPath(1, file)).equals(readFileSync(editionPath(0, file))), file).toBe(true);
    for (const page of ['about/index.html', 'en/about/index.html'])
      expect(readFileSync(join(runs[1]!.dir, page), 'utf8')).toBe(readFileSync(join(runs[0]!.dir, page), 'utf8'));
  });

  it('lists every edition on both about pages with its true size, linked where it is', () => {
    for (const page of ['about/index.html', 'en/about/index.html']) {
      const html = readFileSync(join(runs[0]!.dir, page), 'utf8');
      for (const entry of EDITIONS) {
        const size = readFileSync(editionPath(0, entry.file)).length;
        expect(html, `${page}: ${entry.id}`).toMatch(
          new RegExp(`href="(\\.\\./)+editions/${entry.file}"[^>]*data-edition="${entry.id}"[\\s\\S]*?data-edition-size="${size}"`),
        );
      }
    }
  });
});

describe.each(['epub-zh', 'epub-en'] as const)('the EPUB edition %s', (id) => {
  const file = () => editionPath(0, edition(id).file);

  it('passes EPUBCheck with no fatal error, error or warning', () => {
    const result = runChild('java', ['-jar', EPUBCHECK, file()], { encoding: 'utf8' });
    const summary = /Messages: (\d+) fatals? \/ (\d+) errors? \/ (\d+) warnings?/.exec(result.stdout + result.stderr);
    expect(summary, result.stdout + result.stderr).not.toBeNull();
    expect(summary!.slice(1, 4), result.stdout + result.stderr).toEqual(['0', '0', '0']);
  }, 300_000);

  it('passes Ace by DAISY with no violation, having checked every content document in Chromium', () => {
    const out = join(root, `ace-${id}`);
    const env = {
      ...process.env,
      PUPPETEER_SKIP_DOWNLOAD: '1',
      PUPPETEER_EXECUTABLE_PATH: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      // Ace gives Chromium 5 s to start by default, too short on a busy two-core machine; it then stops with no report.
      ACE_TIMEOUT_INITIAL: '60000',
    };
    const result = runChild(NODE, ['node_modules/.bin/ace-cli', '--force', '--silent', '--outdir', out, file()], {
      encoding: 'utf8',
      env,
    });
    expect(existsSync(join(out, 'report.json')), `${result.stdout}\n${result.stderr}`).toBe(true);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
      'earl:result': { 'earl:outcome': string };
      assertions: {
        'earl:testSubject': { url: string };
        assertions?: { 'earl:test': { 'dct:title': string }; 'earl:result': { 'earl:outcome': string } }[];
      }[];
    };
    const violations = report.assertions.flatMap((doc) =>
      (doc.assertions ?? [])
        .filter((a) => a['earl:result']['earl:outcome'] === 'fail')
        .map((a) => `${doc['earl:testSubject'].url}: ${a['earl:test']['dct:title']}`),
    );
    expect(violations).toEqual([]);
    expect(report['earl:result']['earl:outcome']).toBe('pass');
    const checked = report.assertions.map((doc) => doc['earl:testSubject'].url);
    for (const part of PART_IDS) expect(checked).toContain(`${part}.xhtml`);
  }, 400_000);

  it('holds every paragraph with the site’s id, in order, worded as the site shows it', () => {
    const zip = unzipSync(readFileSync(file()));
    const opf = new TextDecoder().decode(zip['EPUB/package.opf']);
    const spine = Array.from(opf.matchAll(/<itemref idref="([^"]+)"/g), (m) => m[1]!);
    const hrefs = Object.fromEntries(Array.from(opf.matchAll(/<item id="([^"]+)" href="([^"]+)"/g), (m) => [m[1]!, m[2]!]));
    const paragraphs = spine.flatMap((idref) =>
      findAll(
        fromHtml(new TextDecoder().decode(zip[`EPUB/${hrefs[idref]}`])),
        (e) => e.tagName === 'p' && PARAGRAPH_ID.test(String(e.properties['id'])),
      ).map((p) => ({ id: String(p.properties['id']), text: textOf(p) })),
    );
    const site = id === 'epub-zh' ? builtPage('full/index.html') : builtPage('en/full/index.html');
    expect(paragraphs.map((p) => p.id)).toEqual(paragraphIds(site));
    for (const p of paragraphs) expect(p.text, p.id).toBe(elementText(site, p.id));
    if (id === 'epub-zh') {
      const ref = reference();
      const expected = [
        ...ref.lede.map((text, i) => ({ id: `lede-${i + 1}`, text })),
        ...ref.sections.flatMap((section, s) => section.paragraphs.map((text, i) => ({ id: `${PART_IDS[s + 1]}-${i + 1}`, text }))),
      ];
      expect(paragraphs).toEqual(expected.map(({ id: pid, text }) => ({ id: pid, text: shownText(pid, text) })));
    }
  });

  it('has its metadata: a creator per author, the date, the language, publisher, source, identifier and accessibility', () => {
    const opf = new TextDecoder().decode(unzipSync(readFileSync(file()))['EPUB/package.opf']);
    expect(opf.match(/<dc:creator /g)).toHaveLength(2);
    for (const element of ['dc:title', 'dc:date', 'dc:publisher', 'dc:source', 'dc:identifier id="pub-id">urn:uuid:'])
      expect(opf).toContain(`<${element}`);
    expect(opf).toContain(`<dc:language>${id === 'epub-zh' ? 'zh-CN' : 'en'}</dc:language>`);
    expect(opf.includes('>trl</meta>')).toBe(id === 'epub-en');
    for (const property of ['schema:accessMode', 'schema:accessibilityFeature', 'schema:accessibilitySummary'])
      expect(opf).toContain(`property="${property}"`);
  });
});

describe('the PDF edition', () => {
  const file = () => editionPath(0, edition('pdf-zh').file);
  const tool = (name: string, ...args: string[]) =>
    childOutput(name, [...args, file(), ...(name === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });

  it('is tagged, A4, with its title, authors, subject and keywords, in 12 to 24 pages', () => {
    const info = tool('pdfinfo');
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+党旗在副中心疫情防控一线高高飘扬$/m);
    expect(info).toMatch(/^Author:\s+常菁菁, 焦超超$/m);
    expect(info).toMatch(/^Subject:\s+《北京支部生活》2022年第6期$/m);
    expect(info).toMatch(/^Keywords:\s+通州区, 防疫, 志愿者$/m);
    expect(info).toMatch(/^Page size:\s+595\.276 x 841\.89 pts \(A4\)$/m);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(12);
    expect(pages).toBeLessThanOrEqual(24);
  });

  it('embeds and subsets every font, none of them Type 3', () => {
    const rows = tool('pdffonts').trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row, row).toMatch(/\s(yes)\s+(yes)\s+(yes)\s+\d+\s+\d+$/);
      expect(row).not.toContain('Type 3');
    }
  });

  it('has an outline by part', () => {
    const xml = childOutput('pdftohtml', ['-xml', '-i', '-q', '-stdout', file()], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const outline = /<outline>([\s\S]*?)<\/outline>/.exec(xml)?.[1] ?? '';
    const top = Array.from(outline.matchAll(/<item page="\d+">([^<]+)<\/item>/g), (m) => m[1]);
    for (const title of ['导语', ...reference().sections.map((section) => normalizePunctuation(section.heading))])
      expect(top).toContain(title);
  });

  it('gives back every paragraph in reading order, as the site shows it', () => {
    const text = squeeze(tool('pdftotext', ...TEXT_BLOCK));
    const ref = reference();
    const expected = [
      ...ref.lede.map((t, i) => shownText(`lede-${i + 1}`, t)),
      ...ref.sections.flatMap((section, s) => section.paragraphs.map((t, i) => shownText(`${PART_IDS[s + 1]}-${i + 1}`, t))),
    ];
    let from = 0;
    for (const [index, paragraph] of expected.entries()) {
      const at = text.indexOf(squeeze(paragraph), from);
      expect(at, `paragraph ${index + 1} (${paragraph.slice(0, 20)}…) not found after the previous one`).toBeGreaterThanOrEqual(from);
      from = at + squeeze(paragraph).length;
    }
  });

  it('starts no line with closing punctuation', () => {
    // Lines as printed: the words pdftotext finds, grouped by page and baseline. (Its own line breaks split a line
    // where Typst tucks a full-width mark under the quotation mark before it, as CLREQ's punctuation compression does.)
    const xml = childOutput('pdftotext', ['-bbox', file(), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const lines = new Map<string, { x: number; text: string }[]>();
    xml.split('<page ').forEach((page, index) => {
      for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
        const key = `${index}:${Math.round(Number(m[2]))}`;
        lines.set(key, [...(lines.get(key) ?? []), { x: Number(m[1]), text: m[3]! }]);
      }
    });
    const starts = [...lines.values()].map((words) =>
      words
        .sort((a, b) => a.x - b.x)
        .map((word) => word.text)
        .join(''),
    );
    expect(starts.length).toBeGreaterThan(300);
    expect(starts.filter((line) => CLOSING.test(line))).toEqual([]);
  });
});
