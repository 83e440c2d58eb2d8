// Finds Debian's Chromium for the browser tests and the screenshots. On a fresh machine it installs
// it when it can (root with apt-get), and otherwise says exactly what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

const canApt = () =>
  typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');

/** The path of a Chromium binary, installed with apt-get first if missing and allowed. */
export function ensureChromium() {
  if (existsSync(chromiumPath)) return chromiumPath;
  if (chromiumPath === '/usr/bin/chromium' && canApt()) {
    process.stderr.write(
      'Chromium is missing: installing it with apt-get (Debian package "chromium")...\n',
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', 'chromium'], {
      stdio: 'inherit',
      env,
    });
    if (existsSync(chromiumPath)) return chromiumPath;
  }
  throw new Error(
    `Chromium not found at ${chromiumPath}. The playground's browser tests need it: install Debian's package with ` +
      '"sudo apt-get update && sudo apt-get install -y chromium" (or run the tests as root, which installs it), ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}
