// Finds the tools the editions' tests check EPUBs and PDFs with: EPUBCheck (Debian's epubcheck, run as
// java -jar /usr/share/java/epubcheck.jar) and poppler-utils (pdfinfo, pdffonts, pdftotext, pdftoppm).
// As root with apt, installs Debian's packages; otherwise stops and says how to get them.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NEEDED = [
  { path: '/usr/share/java/epubcheck.jar', apt: 'epubcheck' },
  { path: '/usr/bin/pdftotext', apt: 'poppler-utils' },
];
const missing = () => NEEDED.filter((tool) => !existsSync(tool.path));

if (missing().length > 0 && typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get')) {
  const packages = missing().map((tool) => tool.apt);
  console.log(`Installing Debian’s ${packages.join(' and ')} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}

const still = missing();
if (still.length > 0) {
  console.error(
    `Missing ${still.map((tool) => tool.path).join(', ')}. Install Debian’s: \`sudo apt-get update && sudo apt-get install ${still.map((tool) => tool.apt).join(' ')}\`.`,
  );
  process.exitCode = 1;
} else {
  console.log(`EPUBCheck: ${NEEDED[0].path}; poppler-utils: ${NEEDED[1].path}`);
}
