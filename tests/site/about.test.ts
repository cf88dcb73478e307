import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScript } from '@/layouts/inline-script.ts';
import { applyCorrections } from '@/lib/check/errata.ts';
import { PART_IDS, type PartId } from '@/lib/content/layout.ts';
import { isoDate } from '@/lib/text/format.ts';
import { normalizePunctuation } from '@/lib/text/normalize.ts';
import { paragraphId } from '@/lib/text/paragraphs.ts';
import { paragraphLabel } from '@/i18n/labels.ts';
import { partSources, read, readErrata, REFERENCE_PATH } from '../support/article.ts';
import { builtPage, elementText, PAGES } from '../support/dist.ts';
import { childOutput } from '../support/child.ts';

const pageOf = (id: string) => (id === 'lede' ? 'index.html' : `${id}/index.html`);

/** Counts the characters at which two texts of the same length differ. */
function differences(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  expect(y).toHaveLength(x.length);
  return x.filter((char, index) => char !== y[index]).length;
}

describe('the about page (关于本版)', () => {
  const html = builtPage('about/index.html');

  it('gives the number of characters the normalisation changed, as the built pages show it', () => {
    // Counted independently of countNormalized: the MDX as written against the text the built pages show. The pages
    // also show the errata's corrected readings, which are not normalisation: they are applied to the MDX first.
    const errata = readErrata();
    let expected = 0;
    let corrected = 0;
    for (const part of partSources()) {
      const page = builtPage(pageOf(part.id));
      part.paragraphs.forEach((paragraph, index) => {
        const id = paragraphId(part.id, index + 1);
        const corrections = errata.filter((erratum) => erratum.paragraph === id);
        corrected += corrections.length;
        expected += differences(applyCorrections(paragraph, corrections), elementText(page, id)!);
      });
      if (part.data.title) {
        const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(page)![1]!;
        expected += differences(part.data.title, h1);
      }
    }
    expect(expected).toBeGreaterThan(0);
    expect(corrected).toBe(errata.length);
    expect(/<strong id="normalized-count" data-count="(\d+)"[^>]*>(\d+)<\/strong>/.exec(html)?.slice(1)).toEqual([
      `${expected}`,
      `${expected}`,
    ]);
  });

  it('lists every correction of the printed text under 勘误, with its paragraph, both readings, the reason and the date', () => {
    const errata = readErrata();
    expect(errata.length).toBeGreaterThan(0);
    expect(/<strong id="errata-count"[^>]*>(\d+)<\/strong>/.exec(html)?.[1]).toBe(`${errata.length}`);
    expect(html).not.toContain('唯一的改动是标点');
    const section = /<section aria-labelledby="errata"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(section).toMatch(/<h2 id="errata"[^>]*>\s*勘误\s*<\/h2>/);
    const items = Array.from(section.matchAll(/<li id="erratum-([^"]+)"[^>]*>([\s\S]*?)<\/li>/g), (m) => ({ id: m[1]!, body: m[2]! }));
    // In reading order: by part, then by paragraph.
    const position = (paragraph: string) => {
      const [, part = '', n = '0'] = /^(.*)-(\d+)$/.exec(paragraph) ?? [];
      return PART_IDS.indexOf(part as PartId) * 1000 + Number(n);
    };
    const ordered = [...errata].sort((a, b) => position(a.paragraph) - position(b.paragraph));
    expect(items.map((item) => item.id)).toEqual(ordered.map((erratum) => erratum.id));
    for (const erratum of ordered) {
      const { body } = items.find((item) => item.id === erratum.id)!;
      const part = erratum.paragraph.replace(/-\d+$/, '');
      const link = /<a href="([^"]+)"[^>]*>([^<]+)<\/a>/.exec(body)?.slice(1);
      expect(link).toEqual([`../${pageOf(part)}#${erratum.paragraph}`, paragraphLabel(erratum.paragraph)]);
      expect(body).toContain(`原刊作“${normalizePunctuation(erratum.printed)}”，今作“${normalizePunctuation(erratum.corrected)}”`);
      expect(body).toContain(erratum.reason);
      expect(body).toContain(`<time datetime="${isoDate(erratum.date)}">`);
      // Away from the text, the note has no “back to the text” link: its label leads there.
      expect(body).not.toContain('返回正文');
    }
  });

  it('gives the SHA-256 of the reference text', () => {
    const digest = createHash('sha256').update(read(REFERENCE_PATH)).digest('hex');
    expect(/<code id="reference-sha256"[^>]*>([^<]*)<\/code>/.exec(html)?.[1]).toBe(digest);
  });

  it('gives the commit built and its date, from git, not from the clock', () => {
    const git = (...args: string[]) => childOutput('git', args, { encoding: 'utf8' }).trim();
    let commit: string;
    try {
      commit = git('rev-parse', 'HEAD');
    } catch {
      expect(html).toContain('未知（构建时不在 git 仓库中）');
      expect(html).not.toContain('id="build-commit"');
      return;
    }
    // A dist/ built before the last commit (SKIP_BUILD=1 reuses it as it is) names the commit it was built from.
    expect(/<code id="build-commit"[^>]*>([^<]*)<\/code>/.exec(html)?.[1], 'dist/ is from another commit than HEAD: rebuild it').toBe(
      commit,
    );
    const epoch = process.env['SOURCE_DATE_EPOCH'];
    const date = epoch ? new Date(Number(epoch) * 1000).toISOString().replace('.000Z', 'Z') : git('log', '-1', '--format=%cI');
    expect(/<time id="build-date" datetime="([^"]*)"[^>]*>([^<]*)<\/time>/.exec(html)?.slice(1)).toEqual([date, date]);
  });

  it('names the periodical, issue, date, authors and desk editor', () => {
    const text = html.replace(/ data-astro-cid-\w+/g, '');
    for (const fact of [
      '<dt>刊物</dt><dd>《北京支部生活》</dd>',
      '<dt>期次</dt><dd>2022年第6期',
      '2022年6月18日</time>',
      '<dt>作者</dt><dd>常菁菁、焦超超</dd>',
      '<dt>责任编辑</dt><dd>袁瑛</dd>',
    ]) {
      expect(text).toContain(fact);
    }
  });

  it('offers GB/T 7714, APA and Chicago citations of the magazine article, character for character, English ones marked as English', () => {
    const title =
      'Dangqi zai fuzhongxin yiqing fangkong yixian gaogao piaoyang [The Party flag flies high on the front line of epidemic prevention and control in the sub-centre]';
    const chicagoTitle = `“${title.replace(' [', '” 党旗在副中心疫情防控一线高高飘扬 [')}`;
    expect(
      Object.fromEntries(
        ['cite-gbt', 'cite-apa', 'cite-chicago-note', 'cite-chicago-short', 'cite-chicago-bib'].map((id) => [id, elementText(html, id)]),
      ),
    ).toEqual({
      'cite-gbt': '常菁菁, 焦超超. 党旗在副中心疫情防控一线高高飘扬[J]. 北京支部生活, 2022(6).',
      'cite-apa': `Chang, J., & Jiao, C. (2022, June 18). ${title}. Beijing Zhibu Shenghuo, (6).`,
      'cite-chicago-note': `Chang Jingjing 常菁菁 and Jiao Chaochao 焦超超, ${chicagoTitle}, Beijing zhibu shenghuo 北京支部生活, June 18, 2022.`,
      'cite-chicago-short': 'Chang and Jiao, “Dangqi zai fuzhongxin yiqing.”',
      'cite-chicago-bib': `Chang Jingjing 常菁菁 and Jiao Chaochao 焦超超. ${chicagoTitle}. Beijing zhibu shenghuo 北京支部生活, June 18, 2022.`,
    });
    expect(html).toMatch(/<p id="cite-apa" lang="en"[^>]*>Chang, J\., &amp; Jiao, C\. \(2022, June 18\)\./);
    for (const id of ['cite-chicago-note', 'cite-chicago-short', 'cite-chicago-bib'])
      expect(html).toMatch(new RegExp(`<p id="${id}" lang="en"`));
    // Without a site URL there is no online form to cite.
    expect(html).not.toContain('[J/OL]');
  });

  it('is linked from the header of every page', () => {
    for (const path of PAGES) {
      const href = path === 'about/index.html' ? './index.html' : path.includes('/') ? '../about/index.html' : './about/index.html';
      expect(builtPage(path)).toMatch(
        new RegExp(`<nav aria-label="读者助手"[\\s\\S]*?href="${href.replace(/\./g, '\\.')}"[^>]*>关于本版</a>`),
      );
    }
  });

  it('loads its script as an external module, never inline', () => {
    // Every page carries one inline script, the site-wide search loader, allowed by its hash (tests/site/quality.test.ts checks
    // the policy); the about page adds none of its own.
    const loader = inlineScript(read('src/client/search-loader.js'));
    const scripts = Array.from(html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)).filter((m) => !m[1]!.includes('ld+json'));
    const inline = scripts.filter(([, attributes]) => attributes === '');
    expect(inline.map(([, , body]) => body)).toEqual([loader]);
    const own = scripts.filter((script) => !inline.includes(script));
    expect(own.length).toBeGreaterThan(0);
    for (const [, attributes, body] of own) {
      expect(attributes).toMatch(/type="module" src="\.\.\/_astro\/[^"]+\.js"/);
      expect(body).toBe('');
    }
  });
});
