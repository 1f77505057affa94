// Finds a Chromium for the end-to-end tests, installing Debian's package when it is missing and
// we are root. Prints the path; exits non-zero with instructions otherwise.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter(Boolean);

function findChromium() {
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next one
    }
  }
  return null;
}

let found = findChromium();
if (!found) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      'Chromium is needed for the end-to-end tests and was not found.\n' +
        'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
        'or point CHROMIUM_PATH at a Chromium/Chrome binary.',
    );
    process.exit(1);
  }
  console.log('Chromium not found: installing Debian’s chromium package (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      console.error(
        `apt-get ${args.join(' ')} failed (exit ${result.status}). Install chromium by hand.`,
      );
      process.exit(1);
    }
  }
  found = findChromium();
  if (!found) {
    console.error('apt-get finished but no Chromium binary was found at /usr/bin/chromium.');
    process.exit(1);
  }
}
const version = execFileSync(found, ['--version'], { encoding: 'utf8' }).trim();
console.log(`Using ${version} at ${found}`);
