/** Mounts the audit view against the fake browser, with a background that answers the audit requests. */
import { render } from '@testing-library/preact';
import type { AuditSnapshot } from '../../src/contracts/audit';
import { AuditApp } from '../../src/audit/AuditApp';
import { forgetMessages } from '../../src/popup/i18n';
import { fakeBrowser } from '../fakes/browser';
import { TAB } from './fixtures';

export interface AuditBackground {
  /** What audit-get answers now. */
  snapshot: AuditSnapshot;
  /** What an action answers (defaults to `snapshot`). */
  next: Partial<Record<string, (payload: unknown) => unknown>>;
  requests: { type: string; payload: unknown }[];
}

export function fakeAuditBackground(snapshot: AuditSnapshot): AuditBackground {
  const bg: AuditBackground = { snapshot, next: {}, requests: [] };
  fakeBrowser.browser.runtime.onMessage.addListener((message: unknown) => {
    const { type, payload } = message as { type: string; payload: unknown };
    if (!type.startsWith('audit-') || type === 'audit-changed') return undefined;
    bg.requests.push({ type, payload });
    // Answered on a later task, as a real background does: a test may still set `next` after rendering.
    return new Promise((resolve) => setTimeout(resolve, 0)).then(() => {
      const answer = bg.next[type];
      return answer ? answer(payload) : bg.snapshot;
    });
  });
  return bg;
}

/** Renders audit.html?tab=TAB (or `search`) in `lang`. */
export function renderAudit(snapshot: AuditSnapshot, lang: 'en' | 'fr' = 'en', search = `?tab=${TAB}`) {
  fakeBrowser.reset();
  fakeBrowser.setLocale(lang);
  forgetMessages();
  window.history.replaceState(null, '', `/audit.html${search}`);
  const background = fakeAuditBackground(snapshot);
  return { ...render(<AuditApp />), background };
}

/** Tells the view its tab's audit changed, as the background does. */
export function notifyAuditChanged(tabId = TAB): Promise<unknown> {
  return fakeBrowser.dispatch({ type: 'audit-changed', payload: { tabId } }, { id: 'test-extension' }).catch(() => undefined);
}

export const stateOf = (c: Element) => c.querySelector('[data-audit-state]')?.getAttribute('data-audit-state');
