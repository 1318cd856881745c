/** Consent platforms' names as their makers write them (not translated), for the audit view. */
import type { CmpId } from '../core/consent/types';

export const CMP_NAMES: Readonly<Record<CmpId, string>> = {
  opendatasoft: 'Opendatasoft',
  tarteaucitron: 'tarteaucitron',
  orejime: 'Orejime',
  klaro: 'Klaro',
  cookiebot: 'Cookiebot',
  onetrust: 'OneTrust',
  axeptio: 'Axeptio',
  didomi: 'Didomi',
  cookieyes: 'CookieYes',
  tcf: 'IAB TCF',
};
