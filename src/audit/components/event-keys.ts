/** Message keys of the timeline's event kinds. */
import type { CookieEventKind } from '../../core/consent/types';
import type { MsgKey } from '../../popup/format/locale';

export const EVENT_KEYS: Readonly<Record<CookieEventKind, MsgKey>> = {
  set: 'auditEventSet',
  renewed: 'auditEventRenewed',
  removed: 'auditEventRemoved',
  expired: 'auditEventExpired',
};
