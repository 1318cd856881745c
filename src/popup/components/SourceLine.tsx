/**
 * "Declared by tarteaucitron's configuration on this page and the cookie policy at …": where a
 * non-portal site's declaration came from. `data-source-kind` lists the sources' kinds (public
 * vocabulary, space-separated, in merge order); `data-globals` what its page's globals gave.
 */
import { Fragment, type ComponentChildren } from 'preact';
import type { AnySite } from '../../core/findings';
import type { DeclarationSourceKind } from '../../core/types';
import { t } from '../i18n';
import { ExternalLink } from './ExternalLink';
import { SourceNotes } from './SourceNotes';

/** How each platform writes its own name. */
const PLATFORM_NAMES: Partial<Record<DeclarationSourceKind, string>> = {
  tarteaucitron: 'tarteaucitron',
  orejime: 'Orejime',
  klaro: 'Klaro',
  cookiebot: 'Cookiebot',
  cookieyes: 'CookieYes',
  onetrust: 'OneTrust',
};

function SourceItem({ kind, url }: AnySite['sources'][number]) {
  const platform = PLATFORM_NAMES[kind];
  if (platform) return <span data-kind={kind}>{t('sourcePlatform', platform)}</span>;
  return (
    <span data-kind={kind}>
      {t(kind === 'ods-charter' ? 'sourceCharterAt' : 'sourcePolicyAt')} <ExternalLink href={url} />
    </span>
  );
}

interface Props {
  anySite: AnySite;
  /** After the sources: when they were read. */
  children?: ComponentChildren;
}

export function SourceLine({ anySite, children }: Props) {
  const { sources } = anySite;
  return (
    <>
      <p class="source" data-source-kind={sources.map((s) => s.kind).join(' ')} data-globals={anySite.globals}>
        {t('sourceDeclaredBy')}{' '}
        {sources.map((source, i) => (
          <Fragment key={`${source.kind} ${source.url}`}>
            {i > 0 ? ` ${t('sourceAnd')} ` : null}
            <SourceItem {...source} />
          </Fragment>
        ))}
        {children}
      </p>
      <SourceNotes anySite={anySite} />
    </>
  );
}
