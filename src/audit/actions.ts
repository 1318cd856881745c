/** What the audit view's panels can ask the background to do (AuditApp runs them). */
import type { UserAnswer } from '../contracts/audit';

export interface AuditActions {
  /** Fresh start, after the user confirmed the prompt. */
  start(): Promise<void>;
  /** End and restore; `keep`: keep what the site wrote meanwhile. */
  stop(keep: boolean): Promise<void>;
  /** The user's own answer when the consent cookie says nothing readable. */
  answer(answer: UserAnswer): Promise<void>;
  /** "Refuse for me" / "Accept for me". */
  auto(action: 'optOut' | 'optIn'): Promise<void>;
}
