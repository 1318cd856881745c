/**
 * The timeline as a table (cookie, event, time, phase): the screen-reader and keyboard
 * alternative to the picture. Built only when opened, so a 5,000-event audit paints fast.
 */
import { useState } from 'preact/hooks';
import type { TimelineEvent } from '../../core/consent/types';
import { L, t } from '../../popup/i18n';
import { clockTime, PHASE_KEYS } from '../format';
import { EVENT_KEYS } from './event-keys';

export function TimelineTable({ timeline }: { timeline: readonly TimelineEvent[] }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="tl-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('auditTimelineTable', timeline.length)}</summary>
      {open ? (
        <table class="audit-table" data-testid="timeline-table">
          <thead>
            <tr>
              <th scope="col">{t('auditColCookie')}</th>
              <th scope="col">{t('auditColEvent')}</th>
              <th scope="col">{t('auditColTime')}</th>
              <th scope="col">{t('auditColPhaseOf')}</th>
            </tr>
          </thead>
          <tbody>
            {[...timeline]
              .sort((a, b) => a.t - b.t)
              .map((e, i) => (
                <tr key={i} data-event={e.event} data-phase={e.phase}>
                  <th scope="row">
                    <code>{e.name}</code> <span class="sub">{e.domain}</span>
                  </th>
                  <td>{t(EVENT_KEYS[e.event])}</td>
                  <td>
                    <time dateTime={new Date(e.t * 1000).toISOString()}>{clockTime(e.t, L.lang)}</time>
                  </td>
                  <td>{t(PHASE_KEYS[e.phase])}</td>
                </tr>
              ))}
          </tbody>
        </table>
      ) : null}
    </details>
  );
}
