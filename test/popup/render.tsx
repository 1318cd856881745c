/** Renders the popup against the fake browser: a background that answers with a given view. */
import { render } from '@testing-library/preact';
import type { TabView } from '../../src/core/findings';
import { App } from '../../src/popup/App';
import { forgetMessages } from '../../src/popup/i18n';
import { fakeBrowser } from '../fakes/browser';

export const TAB_ID = 7;

export interface Background {
  /** What get-tab-view answers next (a view, or a promise of one, e.g. one that never settles). */
  answer: () => TabView | Promise<TabView>;
  /** Requests the popup sent, in order. */
  requests: { type: string; payload: unknown }[];
}

/** Stands in for the background worker: answers get-tab-view and refresh-charter. */
export function fakeBackground(view: TabView | (() => TabView | Promise<TabView>)): Background {
  const bg: Background = { answer: typeof view === 'function' ? view : () => view, requests: [] };
  let lastView: Promise<TabView> = Promise.resolve({ kind: 'not-portal', pageUrl: null });
  fakeBrowser.browser.runtime.onMessage.addListener((message: unknown) => {
    const { type, payload } = message as { type: string; payload: unknown };
    if (type === 'get-tab-view') {
      bg.requests.push({ type, payload });
      lastView = Promise.resolve(bg.answer());
      return lastView;
    }
    // The popup pings right after asking for the view: a background that never answers the view
    // never answers the ping either; one that answers (even with a refusal) is alive. Not counted.
    if (type === 'ping')
      return lastView.then(
        () => ({ ok: true }),
        () => ({ ok: true }),
      );
    if (type === 'refresh-charter') return (bg.requests.push({ type, payload }), Promise.resolve({ ok: true }));
    return undefined;
  });
  return bg;
}

/** Mounts the popup for tab TAB_ID in `lang`, with a fake background answering `view`. */
export function renderPopup(view: TabView | (() => TabView | Promise<TabView>), lang: 'en' | 'fr' = 'en') {
  fakeBrowser.reset();
  fakeBrowser.setLocale(lang);
  forgetMessages();
  window.history.replaceState(null, '', `/popup.html?tab=${TAB_ID}`);
  const background = fakeBackground(view);
  return { ...render(<App />), background };
}

/** Tells the popup its tab changed, as the background does after a cookie change. */
export function notifyTabChanged(): Promise<unknown> {
  return fakeBrowser.dispatch({ type: 'tab-changed', payload: { tabId: TAB_ID } }, { id: 'test-extension' });
}

/** The report rows as the public data-* contract describes them. */
export function rowsOf(container: Element) {
  return [...container.querySelectorAll<HTMLElement>('[data-status]')].map((el) => ({
    el,
    status: el.dataset.status ?? '',
    cookie: el.dataset.cookie ?? '',
    flags: (el.dataset.flags ?? '').split(' ').filter(Boolean),
  }));
}

/** The one row for a cookie name. */
export function rowFor(container: Element, cookie: string) {
  const found = rowsOf(container).filter((r) => r.cookie === cookie);
  if (found.length !== 1) throw new Error(`expected one row for ${cookie}, got ${found.length}`);
  return found[0]!;
}

/** Text of a row's declared or observed side. */
export function sideText(row: HTMLElement, side: 'declared' | 'observed'): string {
  return [...row.querySelectorAll(`[data-side="${side}"]`)].map((c) => c.textContent).join(' | ');
}
