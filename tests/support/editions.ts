import { pageFile } from '../../scripts/editions/source.ts';
import type { Lang } from '@/i18n/locale.ts';

const page = (main: string, head = '') =>
  `<!doctype html><html lang="zh-CN"><head><title>t</title>${head}</head><body><nav>site nav</nav><main id="main">${main}</main><footer>footer</footer></body></html>`;

const paragraph = (id: string, text: string) =>
  `<p id="${id}" data-pagefind-title="x">${text}<a href="#${id}" class="permalink" data-pagefind-ignore>¶</a></p>`;

const section = (id: string, title: string, paragraphs: string) =>
  `<section aria-labelledby="${id}"><h2 id="${id}" class="mt-10">${title}</h2><div class="article-text">${paragraphs}</div></section>`;

/** A small built site, as dist/ would hold it, for the editions' unit tests: file → HTML. */
export function miniSite(lang: Lang = 'zh-CN', options: { siteUrl?: string } = {}): Record<string, string> {
  const full = page(
    `<article><header class="measure"><h1>标题</h1><p class="mt-4"><span class="sr-only">作者：</span>甲\u3000乙</p><p>原载《刊》</p></header><div class="measure">` +
      `<div class="article-text">${paragraph('lede-1', '导语<button type="button" popovertarget="g-term-a">术语</button><span popover id="g-term-a" data-pagefind-ignore="all">释义<a href="../glossary/index.html#term-a">查看名词解释</a></span>。')}</div>` +
      section('organizing', '第一节', paragraph('organizing-1', '一段<a href="../people-places/index.html#somebody">人名</a>。')) +
      section(
        'vanguard',
        '第二节',
        paragraph('vanguard-1', '改<a id="erratum-x-text" class="erratum" href="#erratum-x"><ins>正</ins></a>字') +
          '</div><aside class="errata-notes" aria-labelledby="errata-vanguard"><p id="errata-vanguard" class="errata-title">勘误</p><ol><li id="erratum-x"><p>说明<a href="#erratum-x-text">返回</a></p></li></ol></aside><div>',
      ) +
      section('contributions', '第三节', paragraph('contributions-1', '末段<a href="../about/index.html#verify">核验</a>。')) +
      `<p class="mt-8 text-end text-sm text-muted">（责任编辑：某）</p></div></article>`,
  );
  const about = page(
    `<article class="measure"><h1>关于本版</h1><section aria-labelledby="source"><h2 id="source">来源</h2></section>` +
      `<section aria-labelledby="changes"><h2 id="changes">本版的改动</h2><p>改了标点。</p></section>` +
      `<section aria-labelledby="errata"><h2 id="errata">勘误</h2><p>一处。</p></section>` +
      `<section aria-labelledby="cite"><h2 id="cite">引用</h2><div><h3 id="cite-gbt-label">GB/T</h3><p id="cite-gbt" data-citation-text>甲, 乙. 标题[J]. 刊, 2022(6).</p><button type="button" hidden>复制</button></div></section></article>`,
  );
  const companion = (title: string, body: string) => page(`<div class="measure"><h1 class="text-2xl">${title}</h1>${body}</div>`);
  const pages: Record<string, string> = {
    '': page('<h1>首页</h1>', options.siteUrl ? `<link rel="canonical" href="${options.siteUrl}">` : ''),
    full,
    about,
    glossary: companion(
      '名词解释',
      '<nav aria-labelledby="i"><h2 id="i">共1条</h2></nav><dl><div id="term-a"><dt>术语</dt><dd><p>释义。<a href="../vanguard/index.html#vanguard-1">第二部分第1段</a></p></dd></div></dl>',
    ),
    'people-places': companion(
      '人物与地点',
      '<ul><li id="somebody"><h3>某人</h3><p>说明<mark class="bg-accent-soft">人名</mark></p></li></ul>',
    ),
    timeline: companion(
      '时间线',
      '<ol><li id="e"><span aria-hidden="true" class="dot"></span><h2><time datetime="2022-05-01">5月1日</time></h2></li></ol>',
    ),
    figures: companion(
      '数字一览',
      '<figure><svg role="img"><title>图</title></svg></figure><table><thead><tr><th scope="col">数</th></tr></thead><tbody><tr><td>637名</td></tr></tbody></table>',
    ),
  };
  return Object.fromEntries(Object.entries(pages).map(([slug, html]) => [pageFile(slug, lang), html]));
}

/** A reader of the mini site's files, as `editionText` takes it. */
export function readerOf(site: Record<string, string>): (file: string) => string {
  return (file) => {
    const html = site[file];
    if (html === undefined) throw new Error(`no ${file} in the mini site`);
    return html;
  };
}
