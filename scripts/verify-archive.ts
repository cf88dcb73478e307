// npm run verify-archive PATH: checks a BagIt bag, as a folder or as a .tar.gz/.tar of one, against its manifests;
// or a web archive (.wacz), against its datapackage.json, record digests, CDXJ index and page list.
// Names every file that is missing, extra (not in the manifests) or altered; exits 1 if anything is wrong, 2 on bad usage.
import { existsSync } from 'node:fs';
import { verifyBag } from './archive/bagit.ts';
import { archiveBag, folderBag, isArchiveFile, progress } from './archive/bag-files.ts';
import { verifyWaczFile } from './archive/wacz-files.ts';

const path = process.argv[2];
if (!path || process.argv.length > 3) {
  console.error('usage: npm run verify-archive PATH   (a bag folder, its .tar.gz, or a .wacz)');
  process.exit(2);
}
if (!existsSync(path)) {
  console.error(`${path}: no such file or folder`);
  process.exit(2);
}

if (path.endsWith('.wacz')) process.exit(await verifyWaczFile(path));

try {
  const bag = isArchiveFile(path) ? archiveBag(path) : folderBag(path);
  const { problems, checked } = verifyBag(bag, progress('checking'));
  if (problems.length === 0) {
    console.log(`${path}: valid BagIt bag, ${checked} files match their checksums`);
    process.exit(0);
  }
  for (const problem of problems) console.error(`${problem.kind}: ${problem.path} (${problem.detail})`);
  console.error(`${path}: NOT valid, ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
} catch (error) {
  console.error(`${path}: cannot be read as a bag: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
