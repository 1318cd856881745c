/**
 * One report row: status, declared side, observed side, aligned on one line; the status button
 * expands a details line with the plain-language explanations. The row element carries the
 * public data-status / data-cookie / data-flags contract (DESIGN.md, "Popup DOM").
 */
import { useMemo, useState } from 'preact/hooks';
import { explainRow } from '../format/explain';
import type { RowItem } from '../rows';
import { L } from '../i18n';
import { DeclaredCells } from './DeclaredCells';
import { ObservedCells } from './ObservedCells';
import { StatusCell } from './StatusCell';

export interface ReportRowProps {
  item: RowItem;
  /** A vague row under the same unnamed declaration as the row above. */
  continuation: boolean;
}

export function ReportRow({ item, continuation }: ReportRowProps) {
  const [open, setOpen] = useState(false);
  const { row } = item;
  const lines = useMemo(() => explainRow(row, L), [row]);
  const detailsId = `details-${item.index}`;
  const purpose = row.declared?.purpose ?? '';
  return (
    <>
      <tr
        class={`row st-${row.status}${continuation ? ' cont' : ''}${open ? ' open' : ''}`}
        data-status={row.status}
        data-cookie={item.label}
        data-flags={row.flags.join(' ')}
      >
        {/* Called, not mounted: a component instance per cell costs more than the cell. */}
        {StatusCell({ row, lines, open, controls: detailsId, onToggle: () => setOpen(!open) })}
        {DeclaredCells({ row, continuation })}
        {ObservedCells({ row })}
      </tr>
      {open ? (
        <tr class="details" id={detailsId}>
          <td colSpan={6}>
            <ul>
              {lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
            {purpose.length > 90 ? <p class="sub">{purpose}</p> : null}
          </td>
        </tr>
      ) : null}
    </>
  );
}
