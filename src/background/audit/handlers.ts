/** The audit's requests (src/contracts/audit.ts), answered for the extension's own pages only. */
import type { AuditApi } from '../../contracts/audit';
import type { Handlers } from '../../platform/messaging';

const notYet = (): never => {
  throw new Error('the audit is not built yet');
};

export const auditHandlers: Omit<Handlers<AuditApi>, 'audit-autoconsent'> = {
  'audit-get': notYet,
  'audit-start': notYet,
  'audit-stop': notYet,
  'audit-answer': notYet,
};
