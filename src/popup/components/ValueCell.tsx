/**
 * A cookie's value, masked with its length; "Show" reads it from the cookies API in the popup
 * itself, on demand. The value lives only in this component's state: never exported, logged,
 * stored or sent in a message.
 */
import { useState } from 'preact/hooks';
import type { ReportCookie } from '../../core/types';
import { readCookieValue } from '../../platform/cookies';
import { maskedValue } from '../format/cookie';
import { L, t } from '../i18n';

type Shown = { kind: 'masked' } | { kind: 'value'; text: string } | { kind: 'note'; text: string };

export function ValueCell({ cookie }: { cookie: ReportCookie }) {
  const [shown, setShown] = useState<Shown>({ kind: 'masked' });
  const reveal = () => {
    readCookieValue(cookie).then(
      (value) => setShown(value === undefined ? { kind: 'note', text: t('valueGone') } : { kind: 'value', text: value }),
      (error: unknown) => {
        console.warn('[ext] reading a cookie value failed', error instanceof Error ? error.message : error);
        setShown({ kind: 'note', text: t('valueError') });
      },
    );
  };
  if (shown.kind === 'masked') {
    return (
      <div class="value">
        <span class="masked">{maskedValue(cookie.valueLength, L)}</span>{' '}
        <button type="button" class="link" title={t('revealTip')} aria-label={t('revealLabel', cookie.name)} onClick={reveal}>
          {t('reveal')}
        </button>
      </div>
    );
  }
  return (
    <div class="value">
      {shown.kind === 'value' ? <code class="revealed">{shown.text}</code> : <em class="sub">{shown.text}</em>}{' '}
      <button type="button" class="link" onClick={() => setShown({ kind: 'masked' })}>
        {t('hide')}
      </button>
    </div>
  );
}
