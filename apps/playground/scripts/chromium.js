// Finds Debian's Chromium for the browser tests and the screenshots, or says exactly what to install.
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

/** The path of a Chromium binary; tests never install one, they say what to install. */
export function ensureChromium() {
  if (existsSync(chromiumPath)) return chromiumPath;
  throw new Error(
    `Chromium not found at ${chromiumPath}. The playground's browser tests need it: run ` +
      '"bash scripts/install-tools.sh" (Debian\'s package: "sudo apt-get install -y chromium"), ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}
