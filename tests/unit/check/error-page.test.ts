import { describe, expect, it } from 'vitest';
import { errorPage, fileOf } from '@/lib/check/error-page.ts';

describe('the dev preview’s error page', () => {
  it('lists every problem under the file it names, escaped, and asks the server whether they changed', () => {
    const page = errorPage(['content/glossary.yaml:8:1: <b> & “x”'], 'k1');
    expect(page).toContain('<p class="file">content/glossary.yaml</p><pre>content/glossary.yaml:8:1: &lt;b&gt; &amp; “x”</pre>');
    expect(page).toContain('const key = "k1";');
    expect(page).toContain('/__content-check');
    expect(fileOf('content/en/figures.yaml: missing')).toBe('content/en/figures.yaml');
  });

  it('escapes a straight double quote, and puts each problem on its own line of the list', () => {
    const page = errorPage(['a.yaml:1: "x"', 'b.yaml:2: y'], 'k1');
    expect(page).toContain('<pre>a.yaml:1: &quot;x&quot;</pre></li>\n<li><p class="file">b.yaml</p>');
  });

  it('names no file when a message does not start with one', () => {
    expect(fileOf(' content/a.yaml: x')).toBe('');
    expect(fileOf(': x')).toBe('');
  });
});
