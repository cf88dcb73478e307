// File-system side of the WACZ: reading dist/, writing archives/<name>.wacz, and checking a .wacz file for
// `npm run verify-archive`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSiteUrl } from '../../src/i18n/urls.ts';
import { filesUnder } from './bag-files.ts';
import { PLACEHOLDER_SITE_URL, sha256 } from './warc.ts';
import { siteWacz } from './wacz.ts';
import { verifyWacz } from './wacz-verify.ts';

/** What the archive script knows that the WACZ should say. */
export interface WaczRequest {
  /** The built site. */
  dist: string;
  /** The `.wacz` file to write. */
  file: string;
  /** The article's citation (GB/T 7714), for the warcinfo record and the package's description. */
  citation: string;
  /** The project and script that made it, e.g. `tongzhou-party-flag 1.0.0 scripts/archive.ts`. */
  software: string;
  /** The build's date (ISO 8601): every record's date, so the same commit gives the same bytes. */
  date: string;
  commit: string | null;
}

/** The installed version of a package (not every package exports its package.json, so it is read as a file). */
function version(name: string): string {
  const file = fileURLToPath(new URL(`../../node_modules/${name}/package.json`, import.meta.url));
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Writes the WACZ of the built site (at `SITE_URL`, or the placeholder address, which its metadata then names), checks it, and says what it holds. */
export async function writeSiteWacz(
  request: WaczRequest,
): Promise<{ bytes: number; sha256: string; records: number; pages: number; siteUrl: string }> {
  const siteUrl = parseSiteUrl(process.env['SITE_URL']) ?? PLACEHOLDER_SITE_URL;
  const where =
    siteUrl === PLACEHOLDER_SITE_URL
      ? `SITE_URL was not set when this archive was made, so the site is recorded at the placeholder address ${PLACEHOLDER_SITE_URL} (the .invalid domain never resolves): it is not the address the site is published at.`
      : `The site is recorded as served at ${siteUrl}.`;
  const software = `${request.software} (warcio ${version('warcio')}, yazl ${version('yazl')})`;
  const files = filesUnder(request.dist).map((path) => ({ path, bytes: readFileSync(join(request.dist, path)) }));
  const { wacz, parts } = await siteWacz({
    files,
    siteUrl,
    date: new Date(request.date),
    info: {
      software,
      format: 'WARC File Format 1.1',
      conformsTo: 'https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/',
      description: `${request.citation} Every response a static host gives for the archive edition of this article (dist/), with the headers of its _headers file. ${where}`,
      ...(request.commit ? { 'source-commit': request.commit } : {}),
    },
    meta: {
      title: '党旗在副中心疫情防控一线高高飘扬 — archive edition (web archive)',
      description: `${request.citation}\n\nThe archive edition of this article as a static host serves it: every page at both its addresses (\`/vanguard/\` and \`/vanguard/index.html\`), with its stylesheets, scripts, images and search index. ${where}`,
      software,
    },
  });
  writeFileSync(request.file, wacz);
  const report = await verifyWacz(wacz);
  if (report.problems.length > 0) throw new Error(`the new WACZ does not verify:\n${report.problems.map(describe).join('\n')}`);
  return { bytes: wacz.length, sha256: sha256(wacz), records: report.counts.records, pages: parts.pages.length, siteUrl };
}

/** A fault as one line: `kind: where (detail)`. */
export function describe(problem: { kind: string; where: string; detail: string }): string {
  return `${problem.kind}: ${problem.where} (${problem.detail})`;
}

/** `npm run verify-archive FILE.wacz`: checks the package and prints each fault; returns the exit code (0 sound, 1 faulty or unreadable). */
export async function verifyWaczFile(path: string): Promise<number> {
  try {
    const { problems, counts } = await verifyWacz(readFileSync(path));
    if (problems.length === 0) {
      console.log(
        `${path}: valid WACZ, ${counts.files} files match datapackage.json; ${counts.records} WARC records match their digests; ${counts.indexEntries} index entries and ${counts.pages} pages lead to their records`,
      );
      return 0;
    }
    for (const problem of problems) console.error(describe(problem));
    const kinds = new Map<string, number>();
    for (const problem of problems) kinds.set(problem.kind, (kinds.get(problem.kind) ?? 0) + 1);
    const tally = kinds.size > 1 ? ` (${[...kinds].map(([kind, count]) => `${count} ${kind}`).join(', ')})` : '';
    console.error(`${path}: NOT valid, ${problems.length} problem${problems.length === 1 ? '' : 's'}${tally}`);
    return 1;
  } catch (error) {
    console.error(`${path}: cannot be read as a WACZ (a zip file): ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
