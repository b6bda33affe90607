import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium (installed by scripts/setup.sh), driven by playwright-core; the
 * project never downloads a browser. Flags: no sandbox (CI runs as root), and no
 * background networking, which this machine's closed network would refuse anyway.
 */
export function chromiumPath(): string {
  const path =
    process.env.LIANPU_CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!path)
    throw new Error('Chromium not found: run scripts/setup.sh (apt-get install chromium) or set LIANPU_CHROMIUM.');
  return path;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
