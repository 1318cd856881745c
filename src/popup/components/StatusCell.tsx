/** The status as a button (icon + word, colour as a third cue) that expands the explanations. */
import type { ReportRow } from '../../core/types';
import { STATUS_FLAGS, STATUS_LABELS } from '../format/labels';
import { t } from '../i18n';

interface Props {
  row: ReportRow;
  /** The status explanation, then one per flag (explainRow). */
  lines: readonly string[];
  open: boolean;
  /** Id of the details line the button shows. */
  controls: string;
  onToggle: () => void;
}

/** No hooks: ReportRow calls it as a function. */
export function StatusCell({ row, lines, open, controls, onToggle }: Props) {
  const status = STATUS_LABELS[row.status];
  const name = row.observed?.name ?? row.declaredName ?? '';
  return (
    <td class="status">
      <button
        type="button"
        class={`badge tone-${status.tone}`}
        title={lines.join('\n')}
        aria-expanded={open}
        aria-controls={controls}
        aria-label={name ? `${t(status.key)} — ${t('details', name)}` : undefined}
        onClick={onToggle}
      >
        <span aria-hidden="true">{status.icon}</span>
        {` ${t(status.key)}`}
      </button>
      {row.flags.map((flag, i) => {
        const label = STATUS_FLAGS[flag];
        return label ? (
          <span key={flag} class={`chip tone-${label.tone}`} title={lines[i + 1]} data-flag={flag}>
            <span aria-hidden="true">{label.icon}</span>
            {` ${t(label.key)}`}
          </span>
        ) : null;
      })}
    </td>
  );
}
