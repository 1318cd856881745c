/** "Refuse for me" / "Accept for me": runs the site's own consent control through autoconsent. */
import type { AuditApi } from '../contracts/audit';
import type { Handlers } from '../platform/messaging';

export const runAutoconsent: Handlers<AuditApi>['audit-autoconsent'] = () => ({ ok: false, reason: 'not built yet' });
