import { describe, expect, it } from 'vitest';
import { pageBlocks } from '@/lib/changes/page-blocks.ts';

describe('pageBlocks', () => {
  it('gives the text readers see, block by block, with ids, and leaves out scripts, styles and hidden elements', () => {
    const html =
      '<html><head><title>全文</title><style>p{}</style></head><body><h1>标题</h1><p id="lede-1">甲 <a href="#">乙</a></p>' +
      '<ul><li><p>项</p></li><li>二</li></ul><script>var x</script><p hidden>藏</p><svg><text>图</text></svg></body></html>';
    expect(pageBlocks(html)).toEqual([
      { tag: 'title', text: '全文' },
      { tag: 'h1', text: '标题' },
      { tag: 'p', text: '甲 乙', id: 'lede-1' },
      { tag: 'p', text: '项' },
      { tag: 'li', text: '二' },
    ]);
  });

  it('makes a block of each heading, definition term and description, table cell, caption and quotation', () => {
    const html =
      '<h2>二级</h2><h3>三级</h3><h4>四级</h4><h5>五级</h5><h6>六级</h6><dl><dt>词</dt><dd>释义</dd></dl>' +
      '<table><caption>表题</caption><tr><th>表头</th><td>格子</td></tr></table>' +
      '<figure><img src="a.png"><figcaption>图注</figcaption></figure><blockquote>引文</blockquote>';
    expect(pageBlocks(html)).toEqual([
      { tag: 'h2', text: '二级' },
      { tag: 'h3', text: '三级' },
      { tag: 'h4', text: '四级' },
      { tag: 'h5', text: '五级' },
      { tag: 'h6', text: '六级' },
      { tag: 'dt', text: '词' },
      { tag: 'dd', text: '释义' },
      { tag: 'caption', text: '表题' },
      { tag: 'th', text: '表头' },
      { tag: 'td', text: '格子' },
      { tag: 'figcaption', text: '图注' },
      { tag: 'blockquote', text: '引文' },
    ]);
  });

  it('leaves scripts, styles, noscript, svg, hidden spans and comments out of the text of the block that holds them', () => {
    const html =
      '<p>甲<script>var x</script>乙<style>p{}</style>丙<noscript>无</noscript>丁<svg><text>图</text></svg>戊' +
      '<span hidden>藏</span>己<!-- 注 -->庚</p>';
    expect(pageBlocks(html)).toEqual([{ tag: 'p', text: '甲乙丙丁戊己庚' }]);
  });

  it('leaves out the blocks inside a hidden element that is not itself a block', () => {
    expect(pageBlocks('<div hidden><p>藏</p><h2>题</h2></div><p>见</p>')).toEqual([{ tag: 'p', text: '见' }]);
  });

  it('takes the inner blocks, not the outer one, when a block holds blocks among white space', () => {
    const html = '<ul>\n  <li>\n    <p>项</p>\n  </li>\n</ul>\n<blockquote>\n  <p>甲</p>\n  <p>乙</p>\n</blockquote>';
    expect(pageBlocks(html)).toEqual([
      { tag: 'p', text: '项' },
      { tag: 'p', text: '甲' },
      { tag: 'p', text: '乙' },
    ]);
  });

  it('collapses each run of white space in a block to one space and trims its ends', () => {
    expect(pageBlocks('<p>\n  甲  乙\n\t 丙 </p>')).toEqual([{ tag: 'p', text: '甲 乙 丙' }]);
  });

  it('leaves out blocks with no text a reader sees', () => {
    const html = '<p></p><p> \n </p><h2><span hidden>藏</span></h2><li><script>var x</script></li><p>有</p>';
    expect(pageBlocks(html)).toEqual([{ tag: 'p', text: '有' }]);
  });

  it('gives an id only to the blocks that have one', () => {
    const blocks = pageBlocks('<h2 id="part-1">一</h2><p>甲</p>');
    expect(blocks).toStrictEqual([
      { tag: 'h2', text: '一', id: 'part-1' },
      { tag: 'p', text: '甲' },
    ]);
    expect('id' in blocks[1]!).toBe(false);
  });

  it('keeps the text a block holds beside its inner blocks, as blocks of its own: a list item above its sub-list, a quotation around its paragraph', () => {
    expect(pageBlocks('<ul><li id="item">上级<ul><li>下级</li></ul></li></ul>')).toEqual([
      { tag: 'li', text: '上级' },
      { tag: 'li', text: '下级' },
    ]);
    expect(pageBlocks('<blockquote>引 <em>语</em><p>文</p>尾</blockquote>')).toEqual([
      { tag: 'blockquote', text: '引 语' },
      { tag: 'p', text: '文' },
      { tag: 'blockquote', text: '尾' },
    ]);
  });

  it('reads the text of MathML, which a reader sees, whatever its elements are called', () => {
    expect(pageBlocks('<p>甲<math><mrow><template>乙</template></mrow></math>丙</p>')).toEqual([{ tag: 'p', text: '甲乙丙' }]);
  });
});
