/** Text made safe for HTML: everything in index.html that comes from a site passes through here. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * `text` escaped for an HTML text node or a quoted attribute value; control characters (which
 * no page needs to show, and which can confuse a reader) are dropped.
 * @example escapeHtml('<img src=x onerror=alert(1)>') // '&lt;img src=x onerror=alert(1)&gt;'
 */
export function escapeHtml(text: string): string {
  // oxlint-disable-next-line no-control-regex -- dropping control characters is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '').replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/** A link's href when `url` is http(s), else null (a `javascript:` charter URL is never a link). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const { protocol } = new URL(url);
  return protocol === 'http:' || protocol === 'https:' ? escapeHtml(new URL(url).href) : null;
}

/** A `<a>` to `url` when it is http(s), else its text alone. */
export function linkOrText(url: string | null | undefined, text = url ?? ''): string {
  const href = safeHref(url);
  return href ? `<a href="${href}" rel="noreferrer noopener">${escapeHtml(text)}</a>` : escapeHtml(text);
}

/** An element id for a host (hosts are already [a-z0-9._-] in file names; this holds for any). */
export const siteAnchor = (host: string) => `site-${host.replace(/[^a-z0-9._-]/gi, '_')}`;
