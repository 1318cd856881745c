/**
 * "Audit this site": opens the audit view beside the page (Chrome's side panel, Firefox's
 * sidebar, else a tab). The tab and its window are looked up when the popup opens, because the
 * click must open the panel at once, with no await before it (src/platform/side-view.ts).
 */
import { useEffect, useRef } from 'preact/hooks';
import { openAuditView, windowOf } from '../../platform/side-view';
import { t } from '../i18n';
import { targetTabId } from '../view-source';

export function AuditButton() {
  const target = useRef<{ tabId?: number; windowId?: number }>({});
  useEffect(() => {
    void targetTabId()
      .then(async (tabId) => (target.current = { tabId, windowId: await windowOf(tabId) }))
      .catch((e: unknown) => console.warn('[ext] no tab to audit', e));
  }, []);
  const open = () => {
    const { tabId, windowId } = target.current;
    if (tabId === undefined) return;
    void openAuditView(tabId, windowId).catch((e: unknown) => console.warn('[ext] the audit view did not open', e));
  };
  return (
    <button type="button" class="btn audit-open" data-action="open-audit" title={t('auditOpenHint')} onClick={open}>
      {t('auditOpen')}
    </button>
  );
}
