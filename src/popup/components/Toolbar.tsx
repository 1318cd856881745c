/** Filter (all / problems), search and sort; the state lives in App so it survives live updates. */
import type { Controls, Filter, Sort } from '../rows';
import { t } from '../i18n';
import { AuditButton } from './AuditButton';

interface Props {
  controls: Controls;
  /** Receives only what changed, so quick typing never overwrites a newer state. */
  onChange: (patch: Partial<Controls>) => void;
  total: number;
  problems: number;
  shown: number;
}

const SORTS: readonly [Sort, 'sortCharter' | 'sortStatus' | 'sortName'][] = [
  ['charter', 'sortCharter'],
  ['status', 'sortStatus'],
  ['name', 'sortName'],
];

export function Toolbar({ controls, onChange, total, problems, shown }: Props) {
  const set = onChange;
  const radio = (value: Filter, label: string) => (
    <label>
      <input type="radio" name="filter" value={value} checked={controls.filter === value} onChange={() => set({ filter: value })} />
      <span>{label}</span>
    </label>
  );
  return (
    <div class="toolbar">
      <fieldset class="seg">
        <legend class="sr-only">{t('filterLabel')}</legend>
        {radio('all', t('filterAll', total))}
        {radio('problems', t('filterProblems', problems))}
      </fieldset>
      <label class="search">
        <span class="sr-only">{t('searchLabel')}</span>
        <input type="search" placeholder={t('searchPlaceholder')} value={controls.query} onInput={(e) => set({ query: e.currentTarget.value })} />
      </label>
      <label class="sort">
        {t('sortLabel')}{' '}
        <select value={controls.sort} onChange={(e) => set({ sort: e.currentTarget.value as Sort })}>
          {SORTS.map(([value, key]) => (
            <option key={value} value={value}>
              {t(key)}
            </option>
          ))}
        </select>
      </label>
      <span class="shown sub">{t('rowsShown', shown, total)}</span>
      <AuditButton />
    </div>
  );
}
