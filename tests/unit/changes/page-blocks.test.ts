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
});
