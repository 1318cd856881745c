/**
 * One headless Debian Chromium with the built extension, in a fresh profile that is removed on
 * close: the batch audit launches one per site and scenario (TOOLING recipe, scripts/browser-kit.mjs).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
// @ts-expect-error plain ESM helper shared with the scripts and tests
import { chromiumPath } from '../../../scripts/browsers.mjs';

/** What a run needs of the machine: the built extension and the host mappings. */
export interface BrowserOptions {
  dist: string;
  resolve: readonly { host: string; ip: string }[];
}

export interface AuditBrowser {
  browser: Browser;
  extensionId: string;
  version: string;
  extensionVersion: string;
  /** Calls a background request from an extension page, as the popup and audit view do. */
  send<T>(page: Page, type: string, payload: unknown, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

/**
 * `--host-resolver-rules` for `--resolve`: only the hosts asked for (the test launcher's own
 * `MAP *.test 127.0.0.1` would be wrong on the real web). IPv6 goes in brackets.
 */
export function resolverRules(resolve: BrowserOptions['resolve']): string[] {
  if (resolve.length === 0) return [];
  return [`--host-resolver-rules=${resolve.map(({ host, ip }) => `MAP ${host} ${ip.includes(':') && !ip.startsWith('[') ? `[${ip}]` : ip}`).join(', ')}`];
}

/** Chromium's flags: as the tests' (browsers.mjs), plus no throttling of the site's tab behind the audit view. */
export function launchArgs(resolve: BrowserOptions['resolve']): string[] {
  return [
    '--no-sandbox', // CI runs as root
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--enable-unsafe-extension-debugging',
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
    '--mute-audio',
    ...resolverRules(resolve),
  ];
}

const withTimeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no answer in ${Math.round(ms / 1000)} s`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });

/** Launches Chromium in a fresh profile and installs the extension; throws with one line on failure. */
export async function launchAuditBrowser(options: BrowserOptions): Promise<AuditBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'cc-audit-'));
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    browser = await puppeteer.launch({
      executablePath: chromiumPath() as string,
      headless: true,
      pipe: true,
      enableExtensions: true,
      userDataDir: profile,
      protocolTimeout: 60_000,
      // Ctrl-C is the run's to handle (finish the current sites); puppeteer's own handler would
      // kill every browser and exit 130 at once. Its exit handler still kills them on any exit.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      args: launchArgs(options.resolve),
    });
    const extensionId = await browser.installExtension(options.dist);
    const manifest = JSON.parse(readFileSync(join(options.dist, 'manifest.json'), 'utf8')) as { version?: string };
    return {
      browser,
      extensionId,
      version: await browser.version(),
      extensionVersion: manifest.version ?? 'unknown',
      send: <T>(page: Page, type: string, payload: unknown, timeoutMs = 15_000) =>
        withTimeout(page.evaluate((envelope) => chrome.runtime.sendMessage(envelope), { type, payload }) as Promise<T>, timeoutMs, type),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

export { withTimeout };
