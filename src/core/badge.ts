/** What the toolbar badge says for a tab's view. */
import type { TabView } from './findings';

export interface Badge {
  text: string;
  /** 'alert' when undeclared cookies were found, 'ok' when all are declared, 'none' otherwise. */
  tone: 'alert' | 'ok' | 'none';
  /** The tooltip, in the user's language (phrases come from the caller's translator). */
  title: string;
}

/** Phrases the badge needs; the glue passes `browser.i18n` lookups so the core stays pure. */
export interface BadgePhrases {
  idle: string;
  undeclared(count: number): string;
  allDeclared(observed: number): string;
  noCharter: string;
  loading: string;
}

/**
 * The badge for a view: the count of undeclared cookies, a check mark when every observed cookie
 * is declared, nothing on pages that are not portals.
 * @example badgeFor({ kind: 'not-portal', pageUrl: null }, phrases).text // ''
 */
export function badgeFor(view: TabView, phrases: BadgePhrases): Badge {
  switch (view.kind) {
    case 'not-portal':
      return { text: '', tone: 'none', title: phrases.idle };
    case 'loading':
      return { text: '…', tone: 'none', title: phrases.loading };
    case 'report': {
      const { undeclared, observed } = view.report.summary;
      if (undeclared > 0) return { text: undeclared > 999 ? '999+' : String(undeclared), tone: 'alert', title: phrases.undeclared(undeclared) };
      return { text: '✓', tone: 'ok', title: phrases.allDeclared(observed) };
    }
    default:
      return { text: '?', tone: 'none', title: phrases.noCharter };
  }
}
