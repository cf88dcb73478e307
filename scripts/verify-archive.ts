// npm run verify-archive PATH: checks a BagIt bag, as a folder or as one archive file (.tar, .tar.gz, .tar.zst, .zip),
// against RFC 8493 and its manifests; or a web archive (.wacz), against its datapackage.json, record digests, CDXJ
// index and page list. Names every file that is missing, extra (not in the manifests) or altered, and every
// member an archive may not hold; exits 0 when valid, 1 when not (or refused), 2 on bad usage.
// Each kind of input has one function below, chosen from KINDS: a new kind is one more entry in KINDS.
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyBag, type BagContents, type Problem } from './archive/bagit.ts';
import { folderBag, progress } from './archive/bag-files.ts';
import { verifyWaczFile } from './archive/wacz-files.ts';
import { BagCollector, FIXED_CAP, readTarBag, readZipBag, RefusedArchive, sniffFormat } from './archive/read-archive.ts';

/** What a check found: the problems (none when valid) and how many files matched their checksums. */
interface Verdict {
  problems: Problem[];
  checked: number;
  what: string;
}

interface Options {
  maxBytes: number;
}

/** A bag read into its contents, then checked. */
function bagVerdict(contents: BagContents, what: string): Verdict {
  return { ...verifyBag(contents), what };
}

/** A bag folder. */
async function verifyFolder(path: string): Promise<Verdict> {
  return bagVerdict(folderBag(path, progress('checking')), 'BagIt bag');
}

/** A bag serialised as one file: tar (plain, gzip, zstd) or zip, read streaming and bounded. */
async function verifySerialisedBag(path: string, options: Options): Promise<Verdict> {
  const format = sniffFormat(path);
  const collector = new BagCollector(options.maxBytes, progress('reading'));
  const contents = format === 'zip' ? await readZipBag(path, collector) : await readTarBag(path, format, collector);
  return bagVerdict(contents, `BagIt bag (${format})`);
}

/**
 * The kinds of input, tried in order: the first whose test passes checks the path. A kind known by its name (a `.wacz`,
 * say, which is a zip) goes before the last entry, which takes any file as a serialised bag.
 */
const KINDS: readonly { kind: string; test: (path: string) => boolean; verify: (path: string, options: Options) => Promise<Verdict> }[] = [
  { kind: 'bag folder', test: (path) => statSync(path).isDirectory(), verify: verifyFolder },
  { kind: 'serialised bag', test: (path) => statSync(path).isFile(), verify: verifySerialisedBag },
];

const usage = 'usage: npm run verify-archive [--max-bytes N] PATH   (a bag folder, or its .tar.gz, .tar, .tar.zst or .zip; or a .wacz)';

/** The path and options from the command line, or the message saying what is wrong with it. */
function commandLine(): { path: string; options: Options } | { wrong: string } {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { 'max-bytes': { type: 'string' } } });
  } catch (error) {
    return { wrong: `${error instanceof Error ? error.message : String(error)}\n${usage}` };
  }
  const path = args.positionals[0];
  const maxBytes = Number(args.values['max-bytes'] ?? FIXED_CAP);
  if (!path || args.positionals.length > 1 || !Number.isSafeInteger(maxBytes) || maxBytes <= 0) return { wrong: usage };
  if (!existsSync(path)) return { wrong: `${path}: no such file or folder` };
  return { path, options: { maxBytes } };
}

/** Checks what the command line names and prints the verdict; gives the exit code. */
async function main(): Promise<number> {
  const line = commandLine();
  if ('wrong' in line) {
    console.error(line.wrong);
    return 2;
  }
  const { path, options } = line;
  if (path.endsWith('.wacz')) return verifyWaczFile(path);
  try {
    const kind = KINDS.find((k) => k.test(path));
    if (!kind) throw new RefusedArchive('is neither a folder nor a file');
    const { problems, checked, what } = await kind.verify(path, options);
    if (problems.length === 0) {
      console.log(`${path}: valid ${what}, ${checked} files match their checksums`);
      return 0;
    }
    for (const problem of problems) console.error(`${problem.kind}: ${problem.path} (${problem.detail})`);
    console.error(`${path}: NOT valid, ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    return 1;
  } catch (error) {
    console.error(`${path}: refused: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

// Not process.exit(): it can hang for good on Node 24 when a compile job is still running in the background
// (nodejs/node#54918); a process that ends by itself first tears down V8, which stops that job.
process.exitCode = await main();
