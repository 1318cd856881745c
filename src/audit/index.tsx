/** The audit view's entry (audit.html?tab=<tabId>): Chrome's side panel, Firefox's sidebar, or a tab. */
import { render } from 'preact';
import { L, t } from '../popup/i18n';
import { AuditApp } from './AuditApp';

// Screen readers pick the voice from <html lang>: follow the browser's language, as the text does.
document.documentElement.lang = L.lang;
document.title = t('auditTitle');
const root = document.getElementById('app');
if (root) render(<AuditApp />, root);
