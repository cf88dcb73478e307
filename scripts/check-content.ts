// npm run check:content: every content rule (schemas, the reference pin, the text against the reference, figures both
// ways, the errata and what a corrected figure touches, the glossary's order, the index, the timeline, the companions and
// the English twins), in one pass, with no build and no browser. Prints each mistake as file:line:column, what is wrong
// and what to do, in Chinese with the English beside it; exits 1 if there is any. The build and the dev server run the
// same check.
import { readContent } from '../src/integrations/content-check.ts';
import { checkContent } from '../src/lib/check/content-check.ts';
import { formatReport } from '../src/lib/check/report.ts';

const started = performance.now();
const { problems, paragraphs } = checkContent(readContent(process.cwd()));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  process.stderr.write(`${formatReport(problems)}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write(`内容检查通过 / the content checks out: ${paragraphs.size} paragraphs and their data, in ${seconds} s\n`);
}
