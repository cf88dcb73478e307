import { describe, expect, it } from 'vitest';
import { paragraphId } from '@/lib/text/paragraphs.ts';
import { partSources, readErrata } from '../support/article.ts';
import { builtPage, elementText } from '../support/dist.ts';

// Expectations written out by hand, so that a bug in the build's own normalisation or glossary matching cannot also
// produce the expected text (the other site tests derive theirs from the source with the build's functions).

/** The only changes the build may make to an article's punctuation: ASCII mark → full-width mark. */
const FULL_WIDTH_OF: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

const parts = partSources();
const corrected = new Set(readErrata().map((e) => e.paragraph));
const pageOf = (id: string) => (id === 'lede' ? 'index.html' : `${id}/index.html`);

describe('punctuation as readers see it, against expectations written by hand', () => {
  it('changes a paragraph only by the literal map above, and changes every ASCII mark of it', () => {
    let changed = 0;
    for (const part of parts) {
      const html = builtPage(pageOf(part.id));
      part.paragraphs.forEach((source, index) => {
        const id = paragraphId(part.id, index + 1);
        if (corrected.has(id)) return; // errata change letters too; pages.test.ts checks those paragraphs.
        const shown = Array.from(elementText(html, id) ?? '');
        const chars = Array.from(source);
        expect(shown.length, id).toBe(chars.length);
        chars.forEach((char, at) => {
          if (shown[at] === char) return expect(FULL_WIDTH_OF[char], `${id}: ASCII “${char}” left at ${at}`).toBeUndefined();
          expect(`${char}→${shown[at]}`, `${id} at ${at}`).toBe(`${char}→${FULL_WIDTH_OF[char]}`);
          changed++;
        });
      });
    }
    expect(changed).toBeGreaterThan(100);
  });

  it.each([
    [
      'index.html',
      'lede-1',
      '在新冠肺炎疫情防控工作中，通州区委、区政府坚决贯彻落实党中央、市委决策部署，充分发挥基层党组织的战斗堡垒作用和广大党员的先锋模范作用，凝聚起众志成城、共抗疫情的强大合力，让党旗在城市副中心疫情防控一线高高飘扬。',
    ],
    [
      'index.html',
      'lede-3',
      '哪里防控任务重，哪里就有党员冲锋在前。为打赢疫情防控阻击战，广大副中心党员奔赴一线，固疫情之防线，守万家之平安，构筑起疫情防控的“红色堡垒”。',
    ],
    [
      'organizing/index.html',
      'organizing-5',
      '“看到有你们在，我们心里就踏实了！”正如居民群众所言，各级党组织坚持防控履职不临时、服务保障不掉队，让居民群众吃下了“定心丸”。“我是副中心党员——战疫有我、有我必胜”，这个响亮的口号，正通过广大党员的行动汇成令人难忘的先锋形象。',
    ],
  ] as const)('%s shows %s in full-width form', (page, id, text) => {
    expect(elementText(builtPage(page), id)).toBe(text);
  });

  it.each([
    ['vanguard/index.html', '当先锋、作表率，筑牢疫情防控的坚强堡垒'],
    ['organizing/index.html', '建组织、强堡垒，扛起疫情防控硬责任'],
    ['contributions/index.html', '树形象、作贡献，绘就共克时艰同心圆'],
  ])('%s is headed “%s”', (page, title) => {
    expect(builtPage(page)).toMatch(new RegExp(`<h1[^>]*>${title}</h1>`));
  });
});

describe('glossary links of the lede, listed by hand', () => {
  it('index.html links the first mention of each term in its paragraphs, in reading order', () => {
    const html = builtPage('index.html');
    const links = Array.from(html.matchAll(/<p id="(lede-\d+)"[^>]*>([\s\S]*?)<\/p>/g), ([, id, inner]) =>
      Array.from(inner!.matchAll(/<button type="button" popovertarget="g-([^"]+)">([^<]*)<\/button>/g), (m) => `${id} ${m[1]} ${m[2]}`),
    ).flat();
    expect(links).toEqual([
      'lede-1 xinguan-feiyan 新冠肺炎',
      'lede-1 zhandou-baolei 战斗堡垒',
      'lede-1 xianfeng-mofan-zuoyong 先锋模范作用',
      'lede-1 fuzhongxin 城市副中心',
      'lede-2 saoma-cewen 扫码测温',
      'lede-2 hesuan-jiance 核酸检测',
      'lede-2 kakou 卡口',
    ]);
  });
});
