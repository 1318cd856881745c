// Where Debian's browsers live and the flags they need here; shared by every script and test.
import { existsSync } from 'node:fs';

/** Path of the Chromium binary (CHROMIUM_PATH overrides). */
export function chromiumPath() {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (!found) throw new Error('Chromium not found: install Debian\'s "chromium" package or set CHROMIUM_PATH');
  return found;
}

/** Path of the Firefox ESR binary (FIREFOX_PATH overrides). */
export function firefoxPath() {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
  if (!found) throw new Error('Firefox not found: install Debian\'s "firefox-esr" package or set FIREFOX_PATH');
  return found;
}

/**
 * Chromium flags: --no-sandbox because CI runs as root; the background-networking flags because
 * this machine has no internet and Chromium's own calls home would only fail, slowly.
 */
export function chromiumArgs(extra = []) {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--host-resolver-rules=MAP *.test 127.0.0.1',
    ...extra,
  ];
}

/**
 * puppeteer.launch options for headless Chromium in `profile` that may install unpacked
 * extensions (puppeteer's installExtension, or CDP Extensions.loadUnpacked).
 */
export function chromiumLaunchOptions(profile, extraArgs = []) {
  return {
    executablePath: chromiumPath(),
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir: profile,
    args: chromiumArgs(['--enable-unsafe-extension-debugging', ...extraArgs]),
  };
}
