/** The portal, its charter (link, when read) and when the cookies were read; the export menu. */
import type { CharterSource } from '../../core/findings';
import type { Report } from '../../core/types';
import { formatDate } from '../format/cookie';
import { L, t } from '../i18n';
import { ExportMenu } from './ExportMenu';
import { ExternalLink } from './ExternalLink';

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
  return (
    <header class="top">
      <div class="title-line">
        <h1>
          {portalName || host} {portalName ? <span class="host">{host}</span> : null}
        </h1>
        <ExportMenu report={report} source={source} />
      </div>
      <p class="source">
        {t('charterLabel')} <ExternalLink href={source.url}>{report.title || source.url}</ExternalLink>
        <span class="sub">
          {' · '}
          {t('readAt', formatDate(Date.parse(source.fetchedAt), L.lang))}
          {' · '}
          {/* Time only, with seconds: it changes with each live update, so the user sees them. */}
          {t('cookiesAt', formatDate(report.comparedAt * 1000, L.lang, true))}
        </span>
      </p>
    </header>
  );
}
