#!/usr/bin/env node
// Finds a Chromium or Chrome binary for the end-to-end tests and prints its path.
// Order: CHROMIUM_PATH / CHROME_PATH, then the usual install locations, then (only as root
// on Debian/Ubuntu) an apt-get install of Debian's `chromium`. Usable as a module too.
import { existsSync, accessSync, constants, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const HOW_TO_INSTALL =
  'No Chromium found: install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH=/path/to/chrome.';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findInstalled() {
  for (const name of ['CHROMIUM_PATH', 'CHROME_PATH']) {
    const fromEnv = process.env[name];
    if (fromEnv && isExecutable(fromEnv)) return fromEnv;
    if (fromEnv) console.error(`${name}=${fromEnv} is not an executable file; looking elsewhere.`);
  }
  return USUAL_PATHS.find(isExecutable) ?? null;
}

function isDebianLike() {
  if (!existsSync('/etc/os-release')) return false;
  const release = readFileSync('/etc/os-release', 'utf8');
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
}

// Installs only when it can do so without asking for a password: root, apt-get present.
function installWithApt() {
  const canInstall = process.getuid?.() === 0 && isDebianLike() && isExecutable('/usr/bin/apt-get');
  if (!canInstall) return false;
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    console.error(`Chromium not found; running: apt-get ${args.join(' ')}`);
    const run = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (run.status !== 0) return false;
  }
  return true;
}

/** Returns the browser's path, installing it when allowed; throws with one readable line otherwise. */
export function findChromium() {
  const found = findInstalled() ?? (installWithApt() ? findInstalled() : null);
  if (!found) throw new Error(HOW_TO_INSTALL);
  return found;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(findChromium());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

/**
 * Flags for headless Chromium on a machine with no network but the page's own: they keep
 * background work (updates, sync, field trials) from trying to reach out.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
