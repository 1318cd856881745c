/**
 * The user's say on a non-portal site's policy: "this page is the cookie policy of this site"
 * (remembered for the site, read first from then on) and, once pointed, "forget it".
 */
import { useContext, useState } from 'preact/hooks';
import { t } from '../i18n';
import { ExternalLink } from './ExternalLink';
import { SourceContext } from './SourceContext';

export function SourceActions() {
  const controls = useContext(SourceContext);
  const [busy, setBusy] = useState(false);
  if (!controls?.anySite) return null;
  const { anySite, pageUrl } = controls;
  const pointed = anySite.pointed;
  const act = (action: () => Promise<void>) => () => {
    setBusy(true);
    action().finally(() => setBusy(false));
  };
  const here = pageUrl !== null && pointed === pageUrl.replace(/#.*$/, '');
  return (
    <div class="source-actions" data-pointed={pointed ?? ''}>
      {pointed ? (
        <p class="sub">
          {t('sourcePointed')} <ExternalLink href={pointed} />{' '}
          <button type="button" class="btn" data-action="source-forget" disabled={busy} onClick={act(controls.forget)}>
            {t('sourceForget')}
          </button>
        </p>
      ) : null}
      {here ? null : (
        <p>
          <button type="button" class="btn" data-action="source-point" title={t('sourcePointHint')} disabled={busy} onClick={act(controls.point)}>
            {t('sourcePoint')}
          </button>
        </p>
      )}
    </div>
  );
}
