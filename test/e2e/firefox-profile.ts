/**
 * Fresh Firefox profiles, fast: a new, empty profile costs Firefox ~2 s of first-run set-up (its
 * databases and caches) at every launch, on each of the e2e suite's ~50 launches. The first launch
 * on a machine makes a template profile (Firefox started once with no page, then closed), and
 * every launch after gets a copy of it: measured here, 4.4–5.0 s → 2.7–3.1 s per launch. The copy
 * holds no cookie, storage or add-on (a temporary add-on is installed over BiDi at each launch);
 * the template is keyed by the Firefox binary, so an upgrade makes a new one.
 */
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

/** Where this Firefox binary's template lives (its size and time of change name it). */
function templatePath(executable: string): string {
  const { size, mtimeMs } = statSync(executable);
  return join(tmpdir(), `cc-firefox-template-${size}-${Math.round(mtimeMs)}`);
}

/** Makes the template once: built in a folder of its own, then renamed into place (two jest workers may race). */
async function ensureTemplate(executable: string, target: string): Promise<void> {
  if (existsSync(target)) return;
  const building = mkdtempSync(join(tmpdir(), 'cc-firefox-building-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: executable,
    headless: true,
    userDataDir: building,
    args: ['--remote-allow-system-access'],
  });
  await browser.close();
  try {
    renameSync(building, target);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another worker's template won
  }
}

/** A new profile folder for one Firefox launch: a copy of the template. */
export async function freshFirefoxProfile(executable: string): Promise<string> {
  const template = templatePath(executable);
  await ensureTemplate(executable, template);
  const profile = mkdtempSync(join(tmpdir(), 'cc-firefox-'));
  cpSync(template, profile, { recursive: true });
  return profile;
}
