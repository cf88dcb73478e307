// Finds Chromium for the browser tests. As root with apt, installs Debian's
// chromium with fonts-noto-cjk (so Chinese renders as readers see it);
// otherwise stops and says how to get one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasCjkFont = () => {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
};

/** Finds (or, as root with apt, installs) Chromium and a Chinese font; gives the exit code. */
function ensureChromium() {
  if (existsSync(wanted) && hasCjkFont()) {
    console.log(`Chromium: ${wanted}`);
    return 0;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!process.env.CHROMIUM_PATH && isRoot && hasApt) {
    console.log('Installing Debian’s chromium and fonts-noto-cjk (apt-get)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
    if (existsSync(wanted)) {
      console.log(`Chromium: ${wanted}`);
      return 0;
    }
  }
  console.error(
    existsSync(wanted)
      ? 'No Chinese font found (fc-list :lang=zh is empty). Install one, e.g. `sudo apt-get install fonts-noto-cjk`.'
      : `No Chromium at ${wanted}. Install Debian’s: \`sudo apt-get update && sudo apt-get install chromium fonts-noto-cjk\`, ` +
          'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
  return 1;
}

process.exitCode = ensureChromium();
