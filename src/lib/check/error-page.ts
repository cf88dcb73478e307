import { reportHeading, reportHint } from './report.ts';

/** Where the dev preview's error page asks whether the content's problems have changed. */
export const STATUS_PATH = '/__content-check';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The file a message names: the text before its first `:` (a path under `content/`). */
export function fileOf(problem: string): string {
  return /^([^\s:]+)/.exec(problem)?.[1] ?? '';
}

/**
 * The page the dev preview shows instead of any page while the content has problems: every message, as the terminal
 * prints it, each under the file it names, in Chinese and English. It asks the server every second whether the problems
 * have changed (`key`), and reloads when they have, so that the preview comes back by itself once they are fixed.
 */
export function errorPage(problems: readonly string[], key: string): string {
  const items = problems
    .map((problem) => `<li><p class="file">${escape(fileOf(problem))}</p><pre>${escape(problem)}</pre></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>内容有错 · The content has mistakes</title>
<style>
  body { margin: 0; font: 16px/1.6 system-ui, "Noto Sans CJK SC", sans-serif; background: #fff8f6; color: #2b1b17; }
  main { max-width: 60rem; margin: 0 auto; padding: 1.25rem; }
  h1 { font-size: 1.35rem; margin: 0 0 .25rem; color: #a4161a; }
  .lead { margin: 0 0 1rem; }
  ol { list-style: none; padding: 0; }
  li { background: #fff; border: 1px solid #e5c7c0; border-inline-start: 4px solid #a4161a; border-radius: 4px; margin: 0 0 1rem; padding: .5rem .75rem; }
  .file { margin: 0; font-weight: bold; font-family: ui-monospace, monospace; word-break: break-all; }
  pre { margin: .25rem 0 0; white-space: pre-wrap; overflow-wrap: anywhere; font: 14px/1.5 ui-monospace, "Noto Sans Mono CJK SC", monospace; }
  .hint { white-space: pre-wrap; font-size: .9rem; color: #5b4a45; }
  @media (prefers-color-scheme: dark) {
    body { background: #1d1412; color: #f3e6e2; } h1 { color: #ff8a80; } li { background: #2a1d1a; border-color: #5b3b35; border-inline-start-color: #ff8a80; } .hint { color: #c9b5af; }
  }
</style>
</head>
<body>
<main>
<h1 id="content-check-heading">内容有错，预览暂停 <span lang="en">· The content has mistakes: the preview is paused</span></h1>
<p class="lead">改好下面的问题并保存，这一页会自动恢复。<span lang="en">Fix what is listed below and save: this page comes back by itself.</span></p>
<p><strong>${escape(reportHeading(problems.length))}</strong></p>
<ol id="content-problems">
${items}
</ol>
<p class="hint">${escape(reportHint(problems))}</p>
</main>
<script type="module">
  const key = ${JSON.stringify(key)};
  setInterval(async () => {
    try {
      const now = await (await fetch(${JSON.stringify(STATUS_PATH)}, { cache: 'no-store' })).json();
      if (now.key !== key) location.reload();
    } catch {}
  }, 1000);
</script>
</body>
</html>
`;
}
