/** The report state: header, verdict and counts, filters, and the side-by-side table. */
import { useMemo } from 'preact/hooks';
import type { TabView } from '../../core/findings';
import { indexRows, selectRows, type Controls } from '../rows';
import { Header } from './Header';
import { ReportTable } from './ReportTable';
import { Summary } from './Summary';
import { Toolbar } from './Toolbar';

interface Props {
  view: Extract<TabView, { kind: 'report' }>;
  controls: Controls;
  onControls: (patch: Partial<Controls>) => void;
}

export function ReportView({ view, controls, onControls }: Props) {
  const { report } = view;
  // Indexed once per report (each live update), filtered on each keystroke: both cheap.
  const items = useMemo(() => indexRows(report.rows), [report]);
  const problems = useMemo(() => items.reduce((n, it) => n + (it.problem ? 1 : 0), 0), [items]);
  const shown = useMemo(() => selectRows(items, controls), [items, controls]);
  return (
    <div class="report-view" data-state="report">
      <Header portalName={view.portalName} report={report} source={view.source} />
      <Summary report={report} consent={view.consent} />
      <Toolbar controls={controls} onChange={onControls} total={items.length} problems={problems} shown={shown.length} />
      <ReportTable items={shown} />
    </div>
  );
}
