/** Glue: write the core's badge for a tab to the toolbar. */
import { badgeFor, type BadgePhrases } from '../core/badge';
import type { TabView } from '../core/findings';
import { BADGE_ALERT, BADGE_OK } from '../contracts/constants';
import { browser } from '../platform/browser';

const t = (key: string, subs?: string[]) => browser.i18n.getMessage(key, subs) || key;

const phrases: BadgePhrases = {
  idle: t('actionTitle'),
  loading: t('badgeLoading'),
  noCharter: t('badgeNoCharter'),
  undeclared: (n) => t('badgeUndeclared', [String(n)]),
  allDeclared: (n) => t('badgeAllDeclared', [String(n)]),
};

/** The recording badge's colour: apart from the report's red and green. */
const BADGE_RECORDING = '#6b3fa0';
/** Tabs whose consent audit is recording: their badge says so, whatever the report says. */
const recording = new Set<number>();

/** Marks a tab as recording an audit (badge "REC") or no longer (the report's badge comes back on its next refresh). */
export async function setRecording(tabId: number, on: boolean): Promise<void> {
  if (on) recording.add(tabId);
  else recording.delete(tabId);
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: on ? 'REC' : '' }),
      browser.action.setTitle({ tabId, title: on ? browser.i18n.getMessage('badgeRecording') || 'Recording a consent audit' : phrases.idle }),
      on ? browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_RECORDING }) : undefined,
    ]);
  } catch (error) {
    if (!String(error).includes('No tab')) console.warn('[ext] badge update failed', error);
  }
}

/** Shows the view's badge on the tab; a tab closed meanwhile is not an error. */
export async function showBadge(tabId: number, view: TabView): Promise<void> {
  if (recording.has(tabId)) return; // the recording badge stays until the audit ends
  const badge = badgeFor(view, phrases);
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: badge.text }),
      browser.action.setTitle({ tabId, title: badge.title }),
      badge.tone === 'none' ? undefined : browser.action.setBadgeBackgroundColor({ tabId, color: badge.tone === 'alert' ? BADGE_ALERT : BADGE_OK }),
    ]);
  } catch (error) {
    if (!String(error).includes('No tab')) console.warn('[ext] badge update failed', error);
  }
}

/** Removes the badge (the tab left the portal). */
export async function clearBadge(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
  await browser.action.setTitle({ tabId, title: phrases.idle }).catch(() => undefined);
}
