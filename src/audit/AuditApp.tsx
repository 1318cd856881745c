/**
 * The audit view: reads the tab's audit from the background, re-reads it on every
 * `audit-changed` notice (one request in flight at a time, one more queued: a burst of cookie
 * changes costs two reads, not a thousand), and shows one panel per state. The audit runs in the
 * background: closing this view loses nothing, reopening it shows the same audit.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { AuditSnapshot, UserAnswer } from '../contracts/audit';
import { sendToBackground } from '../platform/messaging';
import { t } from '../popup/i18n';
import type { AuditActions } from './actions';
import { AuditBody } from './components/AuditBody';
import { activeTabId, followActiveTab, getAudit, subscribeToAudit, tabFromQuery } from './source';

/** The background's reason when no autoconsent rule matched (src/background/autoconsent/run.ts). */
const NO_RULE = 'no rule matched this banner';

type Shown = { kind: 'pending' } | { kind: 'no-tab' } | { kind: 'failed'; message: string } | { kind: 'audit'; snapshot: AuditSnapshot };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function AuditApp() {
  const [shown, setShown] = useState<Shown>({ kind: 'pending' });
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const tab = useRef<number | undefined>(tabFromQuery(location.search));
  const reading = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  const read = useCallback(async (): Promise<void> => {
    if (reading.current) {
      again.current = true;
      return reading.current;
    }
    const run = async () => {
      do {
        again.current = false;
        const tabId = tab.current;
        if (tabId === undefined) return setShown({ kind: 'no-tab' });
        try {
          const snapshot = await getAudit(tabId);
          if (tabId === tab.current) setShown({ kind: 'audit', snapshot });
        } catch (error) {
          console.warn('[ext] audit-get failed', error);
          if (tabId === tab.current) setShown({ kind: 'failed', message: message(error) });
        }
      } while (again.current);
    };
    reading.current = run().finally(() => (reading.current = null));
    return reading.current;
  }, []);

  useEffect(() => {
    const follows = tab.current === undefined;
    const show = (id: number) => {
      if (id !== tab.current) setNote(null);
      tab.current = id;
      void read();
    };
    if (follows) void activeTabId().then((id) => (id === undefined ? setShown({ kind: 'no-tab' }) : show(id)));
    else void read();
    const unfollow = follows ? followActiveTab(show) : () => undefined;
    const unsubscribe = subscribeToAudit(
      () => tab.current,
      () => void read(),
    );
    return () => {
      unfollow();
      unsubscribe();
    };
  }, [read]);

  /** Runs one request for the shown tab; its snapshot (when it answers one) replaces the shown one. */
  const act = useCallback(async (request: (tabId: number) => Promise<AuditSnapshot | void>) => {
    const tabId = tab.current;
    if (tabId === undefined) return;
    setBusy(true);
    setNote(null);
    try {
      const snapshot = await request(tabId);
      if (snapshot && tabId === tab.current) setShown({ kind: 'audit', snapshot });
    } catch (error) {
      console.warn('[ext] audit request failed', error);
      setNote({ ok: false, text: t('auditRequestFailed', message(error)) });
    } finally {
      setBusy(false);
    }
  }, []);

  const actions: AuditActions = {
    start: () => act((tabId) => sendToBackground('audit-start', { tabId })),
    stop: (keep: boolean) => act((tabId) => sendToBackground('audit-stop', { tabId, keep })),
    answer: (answer: UserAnswer) => act((tabId) => sendToBackground('audit-answer', { tabId, answer })),
    auto: (action: 'optOut' | 'optIn') =>
      act(async (tabId) => {
        const r = await sendToBackground('audit-autoconsent', { tabId, action });
        const detail = r.reason ? ` (${r.reason})` : '';
        // "No rule knows this banner" only when none did; a banner that did not answer, or no longer shows, says so.
        const failed = r.reason === NO_RULE ? t('auditAutoFailed') : t('auditAutoOther');
        setNote(r.ok ? { ok: true, text: t('auditAutoDone', r.cmp ?? '') } : { ok: false, text: `${failed}${detail}` });
        return getAudit(tabId);
      }),
  };

  if (shown.kind === 'pending') return <p class="audit-screen">{t('auditLoading')}</p>;
  if (shown.kind === 'no-tab') return <p class="audit-screen">{t('auditNoTab')}</p>;
  if (shown.kind === 'failed')
    return (
      <div class="audit-screen" role="alert">
        <p>{t('auditFailed', shown.message)}</p>
        <button type="button" class="btn" onClick={() => void read()}>
          {t('auditRetry')}
        </button>
      </div>
    );
  return <AuditBody snapshot={shown.snapshot} busy={busy} note={note} actions={actions} />;
}
