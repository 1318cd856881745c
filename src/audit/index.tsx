/** The audit view's entry (audit.html?tab=<tabId>): Chrome's side panel, Firefox's sidebar, or a tab. */
document.title = 'Cookie Charter — audit';
