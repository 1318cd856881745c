/**
 * Every state but the report: one clear title, what it means, what to do, and (when it can
 * help) the addresses tried and a retry. One table says what each state shows.
 */
import type { ComponentChild } from 'preact';
import type { AnySite } from '../../core/findings';
import { useState } from 'preact/hooks';
import type { Tone } from '../format/labels';
import type { MsgKey } from '../format/locale';
import { t } from '../i18n';
import { ExternalLink } from './ExternalLink';
import { InfoIcon } from './InfoIcon';
import { SourceActions } from './SourceActions';
import { SourceNotes } from './SourceNotes';

export type ScreenState = 'loading' | 'not-portal' | 'no-charter' | 'no-table' | 'error' | 'no-response';

/** [tone, icon, title, ...paragraphs]. */
const SCREENS: Record<ScreenState, [Tone, ComponentChild, MsgKey, ...MsgKey[]]> = {
  loading: ['info', '◔', 'loadingTitle', 'loadingText'],
  'not-portal': ['none', <InfoIcon />, 'notPortalTitle', 'notPortalText', 'notPortalTodo'],
  'no-charter': ['warn', '⚠', 'noCharterTitle', 'noCharterTodo'],
  'no-table': ['warn', '⚠', 'noTableTitle', 'noTableText'],
  error: ['bad', '✕', 'errorTitle', 'errorText'],
  'no-response': ['bad', '✕', 'noResponseTitle', 'noResponseText'],
};

/** The same states for a site that is not a portal, examined as any site: its own words. */
const ANY_SITE_SCREENS: Partial<Record<ScreenState, [Tone, ComponentChild, MsgKey, ...MsgKey[]]>> = {
  'not-portal': ['none', <InfoIcon />, 'anySiteNoneTitle', 'anySiteNoneText', 'anySiteNoneTodo'],
  'no-table': ['warn', '⚠', 'anySiteNoTableTitle', 'anySiteNoTableText'],
};

interface Props {
  /** The public `data-state` value e2e tests and tools rely on. */
  state: ScreenState;
  pageUrl?: string | null;
  /** Why, in the background's words (an HTTP status, a network error). */
  detail?: string;
  /** The charter's address, when one was read or tried. */
  charter?: string;
  /** Its title, as the link's text. */
  charterTitle?: string;
  tried?: readonly string[];
  onRetry?: () => Promise<void>;
  /** A site that is not a portal, examined as any site: its notes and the user's actions on its policy. */
  anySite?: AnySite;
}

export function StateScreen({ state, pageUrl, detail, charter, charterTitle, tried = [], onRetry, anySite }: Props) {
  const [busy, setBusy] = useState(false);
  // A page that did not answer was not examined: the plain words, with the note saying why.
  const examined = anySite && anySite.globals !== 'no-answer' ? ANY_SITE_SCREENS[state] : undefined;
  const [tone, icon, title, ...texts] = examined ?? SCREENS[state];
  const others = tried.filter((u) => u !== charter);
  const retry = () => {
    setBusy(true);
    onRetry?.().finally(() => setBusy(false));
  };
  return (
    <section class={`screen tone-${tone}`} data-state={state} aria-busy={state === 'loading'}>
      <p class="brand">{t('extName')}</p>
      <h1>
        <span class="screen-icon" aria-hidden="true">
          {icon}
        </span>
        {t(title)}
      </h1>
      {pageUrl ? (
        <p class="sub url">
          {t('pageLabel')} {pageUrl}
        </p>
      ) : null}
      {texts.map((key) => (
        <p key={key} class={key === 'noCharterTodo' || key === 'anySiteNoneTodo' ? 'todo' : undefined}>
          {t(key)}
        </p>
      ))}
      {detail ? <p class="sub">{t('errorDetail', detail)}</p> : null}
      {charter ? (
        <p>
          {t('charterLabel')} <ExternalLink href={charter}>{charterTitle || charter}</ExternalLink>
        </p>
      ) : null}
      {anySite ? (
        <>
          <SourceNotes anySite={anySite} />
          <SourceActions />
        </>
      ) : null}
      {others.length ? (
        <>
          <h2>{t('noCharterTried')}</h2>
          <ul class="tried">
            {others.map((url) => (
              <li key={url}>
                <ExternalLink href={url} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {onRetry ? (
        <p class="actions">
          <button type="button" class="btn primary" onClick={retry} disabled={busy}>
            {busy ? t('retrying') : t('retry')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
