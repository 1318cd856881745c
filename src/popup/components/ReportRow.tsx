/**
 * One report row: status, declared side, observed side, aligned on one line; the status button
 * expands a details line with the plain-language explanations. The row element carries the
 * public data-status / data-cookie / data-flags / data-consent-class contract (docs/CONTRACTS.md, "Popup DOM").
 *
 * Preact renders the <tr> and the details line; the cells inside the <tr> are real DOM built once
 * per item (dom.ts says why), rebuilt only when the item changes. The row skips re-rendering when
 * its item did not change, so a keystroke in the search box costs only the rows it adds or
 * removes (measured in Chromium with 300 rows: ~75 ms → ~10 ms per keystroke that keeps the same
 * rows). Items are stable per report (indexRows is memoised).
 */
import { Component, createRef } from 'preact';
import { readCookieValue } from '../../platform/cookies';
import { explainConsent } from '../format/consent';
import { explainRow } from '../format/explain';
import type { RowItem } from '../rows';
import { L, t } from '../i18n';
import { consentBadge } from './ConsentBadge';
import { declaredCells } from './DeclaredCells';
import { fill } from './dom';
import { observedCells } from './ObservedCells';
import { statusCell, TOGGLE_CLASS } from './StatusCell';
import { MASKED, updateValueCell, VALUE_CLASS, type ValueShown } from './ValueCell';

export interface ReportRowProps {
  item: RowItem;
  /** A vague row under the same unnamed declaration as the row above. */
  continuation: boolean;
}

interface State {
  open: boolean;
}

export class ReportRow extends Component<ReportRowProps, State> {
  override state: State = { open: false };
  private readonly tr = createRef<HTMLTableRowElement>();
  /** What the value box shows; masked again when the cookie's value changed length. */
  private value: ValueShown = MASKED;
  private valueLength: number | undefined;
  private mounted = false;

  override shouldComponentUpdate(next: ReportRowProps, nextState: State): boolean {
    return next.item !== this.props.item || next.continuation !== this.props.continuation || nextState.open !== this.state.open;
  }

  override componentDidMount(): void {
    this.mounted = true;
    this.build();
  }

  override componentDidUpdate(prev: ReportRowProps): void {
    if (prev.item !== this.props.item || prev.continuation !== this.props.continuation) this.build();
    else this.tr.current?.querySelector(`.${TOGGLE_CLASS}`)?.setAttribute('aria-expanded', String(this.state.open));
  }

  override componentWillUnmount(): void {
    this.mounted = false;
  }

  /** (Re)builds the cells; a button that had the keyboard focus gets it back. */
  private build(): void {
    const tr = this.tr.current;
    if (!tr) return;
    const { item, continuation } = this.props;
    const { row } = item;
    if (row.observed?.valueLength !== this.valueLength) {
      this.value = MASKED;
      this.valueLength = row.observed?.valueLength;
    }
    const buttons = () => [...tr.querySelectorAll('button')];
    const focused = buttons().indexOf(document.activeElement as HTMLButtonElement);
    const status = statusCell(row, explainRow(row, L), this.state.open, this.detailsId());
    const badge = consentBadge(row, explainConsent(row, L));
    if (badge) status.append(badge);
    fill(tr, status, declaredCells(row, continuation), observedCells(row, this.value));
    if (focused >= 0) buttons()[focused]?.focus();
  }

  private detailsId(): string {
    return `details-${this.props.item.index}`;
  }

  private show(box: Element, shown: ValueShown): void {
    const cookie = this.props.item.row.observed;
    if (!cookie) return;
    this.value = shown;
    updateValueCell(box, cookie, shown);
  }

  private reveal(box: Element): void {
    const cookie = this.props.item.row.observed;
    if (!cookie) return;
    // A late answer for a row since removed, or for a cookie whose value changed, is dropped.
    const current = () => this.mounted && this.props.item.row.observed?.valueLength === cookie.valueLength && box.isConnected;
    readCookieValue(cookie).then(
      (value) => current() && this.show(box, value === undefined ? { kind: 'note', text: t('valueGone') } : { kind: 'value', text: value }),
      (error: unknown) => {
        console.warn('[ext] reading a cookie value failed', error instanceof Error ? error.message : error);
        if (current()) this.show(box, { kind: 'note', text: t('valueError') });
      },
    );
  }

  /** One listener per row for its buttons: the status toggle and the value's Show / Hide. */
  private readonly onClick = (event: MouseEvent): void => {
    const button = (event.target as Element | null)?.closest?.('button');
    if (!button) return;
    if (button.classList.contains(TOGGLE_CLASS)) this.setState((s) => ({ open: !s.open }));
    else if (button.parentElement?.classList.contains(VALUE_CLASS)) {
      if (this.value.kind === 'masked') this.reveal(button.parentElement);
      else this.show(button.parentElement, MASKED);
    }
  };

  override render({ item, continuation }: ReportRowProps, { open }: State) {
    const { row } = item;
    const purpose = row.declared?.purpose ?? '';
    return (
      <>
        <tr
          ref={this.tr}
          class={`row st-${row.status}${continuation ? ' cont' : ''}${open ? ' open' : ''}`}
          data-status={row.status}
          data-cookie={item.label}
          data-flags={row.flags.join(' ')}
          data-consent-class={row.consentClass}
          onClick={this.onClick}
        />
        {open ? (
          <tr class="details" id={this.detailsId()}>
            <td colSpan={6}>
              <ul>
                {explainRow(row, L).map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
                {row.consentClass ? <li class="consent-reason">{explainConsent(row, L)}</li> : null}
              </ul>
              {purpose.length > 90 ? <p class="sub">{purpose}</p> : null}
            </td>
          </tr>
        ) : null}
      </>
    );
  }
}
