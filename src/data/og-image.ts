import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import { balancedTitle, subsetsFor, type UnicodeRanges } from '../lib/graphics/font-subsets.ts';

/** What the image shows, and its size in pixels. */
export interface OgImageSpec {
  title: string;
  byline: string;
  source: string;
  width: number;
  height: number;
}

const FONT_PACKAGE = '@fontsource/noto-serif-sc';

/** Loads from the npm package `@fontsource/noto-serif-sc` only the subsets (WOFF, which satori reads) that hold `text`, in two weights. */
function loadFonts(text: string) {
  // Resolved from the project, not from this file, which Astro bundles elsewhere.
  const require = createRequire(join(process.cwd(), 'package.json'));
  const ranges = JSON.parse(readFileSync(require.resolve(`${FONT_PACKAGE}/unicode.json`), 'utf8')) as UnicodeRanges;
  const subsets = subsetsFor(text, ranges);
  const fonts = subsets.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: `Noto Serif SC ${subset}`,
      data: readFileSync(require.resolve(`${FONT_PACKAGE}/files/noto-serif-sc-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  // satori falls back from one family to the next, not from one file of a family to another: each subset is its own family.
  return { fonts, family: subsets.map((subset) => `'Noto Serif SC ${subset}'`).join(', ') };
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node[] | string } };
const box = (style: Record<string, unknown>, children: Node[] | string): Node => ({ type: 'div', props: { style, children } });

/** Renders the article's Open Graph image as PNG bytes: the Chinese title in Noto Serif SC Bold, the byline and the source. Same text, same bytes. */
export async function renderOgImage({ title, byline, source, width, height }: OgImageSpec): Promise<Buffer> {
  const { fonts, family } = loadFonts(title + byline + source);
  const lines = balancedTitle(title);
  const tree = box(
    {
      width,
      height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '72px 88px',
      background: '#a61b1b',
      color: '#fffaf2',
      fontFamily: family,
    },
    [
      box({ display: 'flex', width: 120, height: 10, background: '#ffd25a' }, []),
      box(
        { display: 'flex', flexDirection: 'column', fontSize: 108, fontWeight: 700, lineHeight: 1.3, letterSpacing: 6 },
        lines.map((line) => box({ display: 'flex' }, line)),
      ),
      box({ display: 'flex', flexDirection: 'column', fontSize: 34, fontWeight: 400, lineHeight: 1.5, color: '#f6e7e3' }, [
        box({ display: 'flex', letterSpacing: 4 }, byline),
        box({ display: 'flex' }, source),
      ]),
    ],
  );
  // satori's types expect React elements; the plain object tree is what it reads.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width, height, fonts });
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
