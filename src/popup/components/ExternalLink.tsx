/** A link out of the popup, opened in a new tab; text only, and only for http(s) addresses. */
import type { ComponentChildren } from 'preact';
import { t } from '../i18n';

interface Props {
  href: string;
  children?: ComponentChildren;
}

export function ExternalLink({ href, children }: Props) {
  // Addresses come from web pages: anything but http(s) (javascript:, data:) stays plain text.
  if (!/^https?:\/\//i.test(href)) return <span class="url">{children ?? href}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" title={`${href} ${t('newTab')}`}>
      {children ?? href}
      <span aria-hidden="true" class="ext">
        {' '}
        ↗
      </span>
      <span class="sr-only"> {t('newTab')}</span>
    </a>
  );
}
