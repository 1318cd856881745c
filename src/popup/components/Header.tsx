/** The portal, its charter (link, when read) and when the cookies were read; the export menu. */
import { useContext } from 'preact/hooks';
import type { CharterSource } from '../../core/findings';
import type { Report } from '../../core/types';
import { formatDate } from '../format/cookie';
import { L, t } from '../i18n';
import { ExportMenu } from './ExportMenu';
import { ExternalLink } from './ExternalLink';
import { SourceActions } from './SourceActions';
import { SourceContext } from './SourceContext';
import { SourceLine } from './SourceLine';

interface Props {
  portalName: string;
  report: Report;
  source: CharterSource;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function Header({ portalName, report, source }: Props) {
  const host = hostOf(report.pageUrl);
  // A site that is not a portal says which declarations it was compared with (SourceLine).
  const anySite = useContext(SourceContext)?.anySite;
  const times = (
    <span class="sub">
      {' · '}
      {t('readAt', formatDate(Date.parse(source.fetchedAt), L.lang))}
      {' · '}
      {/* Time only, with seconds: it changes with each live update, so the user sees them. */}
      {t('cookiesAt', formatDate(report.comparedAt * 1000, L.lang, true))}
    </span>
  );
  return (
    <header class="top">
      <div class="title-line">
        <h1>
          {portalName || host} {portalName ? <span class="host">{host}</span> : null}
        </h1>
        <ExportMenu report={report} source={source} />
      </div>
      {anySite ? (
        <>
          <SourceLine anySite={anySite}>{times}</SourceLine>
          <SourceActions />
        </>
      ) : (
        <p class="source">
          {t('charterLabel')} <ExternalLink href={source.url}>{report.title || source.url}</ExternalLink>
          {times}
        </p>
      )}
    </header>
  );
}
