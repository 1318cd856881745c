/**
 * The popup: asks the background for the tab's view, re-asks when the tab changes (cookies set,
 * charter re-read) and shows one screen per state. Filter, search and sort live here so they
 * survive every live update.
 */
import { shareRepeats } from './share-repeats';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TabView } from '../contracts/state';
import { sendToBackground } from '../platform/messaging';
import { ReportView } from './components/ReportView';
import { SourceContext, type SourceControls } from './components/SourceContext';
import { StateScreen } from './components/StateScreen';
import { t } from './i18n';
import { DEFAULT_CONTROLS, type Controls } from './rows';
import { BackgroundTimeout, loadView, subscribeToTab } from './view-source';

/** While the tab loads, ask again this often: a page that turns out not to be a portal sends no change notice. */
export const LOADING_POLL_MS = 1000;

type Shown = { kind: 'pending' } | { kind: 'view'; view: TabView } | { kind: 'no-response' } | { kind: 'failed'; message: string };

/** No answer in time, or no background to answer at all (it crashed or is being reloaded). */
function isNoResponse(error: unknown): boolean {
  return error instanceof BackgroundTimeout || /Receiving end does not exist|Could not establish connection/i.test(String(error));
}

interface Props {
  /** The first request, when already sent (index.tsx sends it before the first render). */
  first?: ReturnType<typeof loadView>;
}

export function App({ first }: Props) {
  const [shown, setShown] = useState<Shown>({ kind: 'pending' });
  const [controls, setControls] = useState<Controls>(DEFAULT_CONTROLS);
  const [announcement, setAnnouncement] = useState('');
  const tab = useRef<number | undefined>(undefined);
  const latest = useRef(0);
  const hasReport = useRef(false);
  const early = useRef(first);

  /** `update`: a live refresh; its failure keeps the report on screen rather than replacing it. */
  const load = useCallback(async (update = false) => {
    const mine = ++latest.current; // answers may arrive out of order: only the newest counts
    try {
      const pending = early.current ?? loadView();
      early.current = undefined;
      const { tabId, view } = await pending;
      if (mine !== latest.current) return;
      tab.current = tabId;
      if (view.kind === 'report' && hasReport.current) {
        setAnnouncement(t('liveUpdated', view.report.summary.observed, view.report.summary.undeclared));
      }
      hasReport.current = view.kind === 'report';
      setShown({ kind: 'view', view: shareRepeats(view) });
    } catch (error) {
      if (mine !== latest.current) return;
      console.warn('[ext] get-tab-view failed', error);
      if (update && hasReport.current) return;
      hasReport.current = false;
      setShown(isNoResponse(error) ? { kind: 'no-response' } : { kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void load();
    return subscribeToTab(
      () => tab.current,
      () => void load(true),
    );
  }, [load]);

  const loading = shown.kind === 'view' && shown.view.kind === 'loading';
  useEffect(() => {
    if (!loading) return undefined;
    const timer = setInterval(() => void load(true), LOADING_POLL_MS);
    return () => clearInterval(timer);
  }, [loading, load]);

  /** Ask again only: when the background did not answer, a refresh request would hang too. */
  const reload = useCallback(() => load(), [load]);
  /** Retry a charter: have the background read it again, then ask for the view afresh. */
  const retry = useCallback(async () => {
    if (tab.current !== undefined) {
      await sendToBackground('refresh-charter', { tabId: tab.current }).catch((e: unknown) => console.warn('[ext] refresh-charter failed', e));
    }
    await load();
  }, [load]);
  const onControls = useCallback((patch: Partial<Controls>) => setControls((c) => ({ ...c, ...patch })), []);
  /** "This page is the cookie policy of this site" / "forget it": the background reads the site again, then the view. */
  const pointed = useCallback(
    (type: 'source-point' | 'source-forget') => async () => {
      if (tab.current !== undefined) await sendToBackground(type, { tabId: tab.current }).catch((e: unknown) => console.warn(`[ext] ${type} failed`, e));
      await load();
    },
    [load],
  );
  const view = shown.kind === 'view' ? shown.view : undefined;
  const sourceControls = useMemo<SourceControls>(
    () => ({ anySite: view?.anySite, pageUrl: view?.pageUrl ?? null, point: pointed('source-point'), forget: pointed('source-forget') }),
    [view, pointed],
  );

  return (
    <SourceContext.Provider value={sourceControls}>
      {screen(shown, controls, onControls, retry, reload)}
      <p class="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </SourceContext.Provider>
  );
}

type Retry = () => Promise<void>;

function screen(shown: Shown, controls: Controls, onControls: (patch: Partial<Controls>) => void, retry: Retry, reload: Retry) {
  if (shown.kind === 'pending') return <StateScreen state="loading" />;
  if (shown.kind === 'no-response') return <StateScreen state="no-response" onRetry={reload} />;
  if (shown.kind === 'failed') return <StateScreen state="error" detail={shown.message} onRetry={reload} />;
  const v = shown.view;
  switch (v.kind) {
    case 'loading':
      return <StateScreen state={v.kind} pageUrl={v.pageUrl} />;
    case 'not-portal':
      // A site examined as any site: what was looked for, where, and the user's say on its policy.
      if (v.anySite) return <StateScreen state="not-portal" pageUrl={v.pageUrl} tried={v.anySite.tried} anySite={v.anySite} onRetry={retry} />;
      return v.unanswered ? (
        <StateScreen state="not-portal" pageUrl={v.pageUrl} detail={t('notPortalNoAnswer')} onRetry={reload} />
      ) : (
        <StateScreen state="not-portal" pageUrl={v.pageUrl} />
      );
    case 'no-charter':
      return <StateScreen state="no-charter" pageUrl={v.pageUrl} detail={v.message} tried={v.tried} onRetry={retry} anySite={v.anySite} />;
    case 'no-table':
      return <StateScreen state="no-table" pageUrl={v.pageUrl} charter={v.source.url} charterTitle={v.title} onRetry={retry} anySite={v.anySite} />;
    case 'error':
      return <StateScreen state="error" pageUrl={v.pageUrl} detail={v.message} charter={v.url} tried={v.tried} onRetry={retry} anySite={v.anySite} />;
    case 'report':
      return <ReportView view={v} controls={controls} onControls={onControls} />;
  }
}
