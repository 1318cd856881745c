/** First popup: the report rows, so the whole loop can be tested; the full interface comes next. */
import { useEffect, useState } from 'preact/hooks';
import type { TabView } from '../shared/state';
import { loadView, subscribeToTab } from './view-source';

export function App() {
  const [state, setState] = useState<{ view?: TabView; error?: string }>({});
  useEffect(() => {
    let tabId: number | undefined;
    const refresh = () => loadView().then(({ tabId: id, view }) => { tabId = id; setState({ view }); }, (e: Error) => setState({ error: e.message }));
    void refresh();
    return subscribeToTab(() => tabId, refresh);
  }, []);
  if (state.error) return <p data-state="error">{state.error}</p>;
  const view = state.view;
  if (!view) return <p data-state="loading">…</p>;
  if (view.kind !== 'report') return <p data-state={view.kind}>{view.kind}</p>;
  return (
    <table data-state="report">
      <tbody>
        {view.report.rows.map((row, i) => (
          <tr key={i} data-status={row.status} data-cookie={row.observed?.name ?? row.declaredName ?? ''} data-flags={row.flags.join(' ')}>
            <td>{row.status}</td>
            <td>{row.declaredName ?? ''}</td>
            <td>{row.observed?.name ?? ''}</td>
            <td>{row.flags.join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
