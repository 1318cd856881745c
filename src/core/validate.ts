/**
 * Validation of what a content script sends: it runs in a page we do not control, so its
 * messages are untrusted. Each validator returns a clean copy (strings capped, arrays bounded,
 * unknown keys dropped) or undefined.
 */
import type { CharterFinding, PageFacts } from './findings';
import type { PortalSigns } from './portal';
import type { Category, Declaration, DeclaredEntry } from './types';

const MAX_TEXT = 4_000;
const MAX_LIST = 50_000;
const CATEGORIES: readonly Category[] = ['necessary', 'functional', 'statistics', 'third-party', 'experience', 'marketing', 'unknown'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = MAX_TEXT): string | undefined => (typeof v === 'string' ? v.slice(0, max) : undefined);
const strList = (v: unknown, maxItems = MAX_LIST): string[] | undefined =>
  Array.isArray(v) && v.length <= maxItems && v.every((s) => typeof s === 'string') ? v.map((s: string) => s.slice(0, MAX_TEXT)) : undefined;

/**
 * True when a fetch failed on its AbortSignal.timeout. Checked by name, not instanceof: in a
 * Firefox content script the DOMException comes from the page's compartment, not ours.
 */
export function isTimeout(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'TimeoutError';
}

/** True for an absolute http(s) URL. */
export function isWebUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 8_000) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function validateSigns(v: unknown): PortalSigns | undefined {
  if (!isObj(v) || typeof v.isPortal !== 'boolean') return undefined;
  const confidence = v.confidence === 'strong' || v.confidence === 'weak' ? v.confidence : 'none';
  return { isPortal: v.isPortal, confidence, signs: strList(v.signs, 50) ?? [] };
}

/** Page facts kept per tab stay under this many characters of names (a tab record's budget). */
const MAX_NAMES_CHARS = 64_000;

/** The first strings of `list` that fit in `budget` characters together. */
function withinBudget(list: string[], budget: number): string[] {
  let used = 0;
  return list.filter((s) => (used += s.length) <= budget);
}

/** A host name as `URL.hostname` gives it (lower case, punycode, IPv6 in brackets), at most 253 characters. */
const HOST_NAME = /^(?:(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)*[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?|\[[0-9a-f:.]+\])$/;
/**
 * True for a well-formed host name: a record with anything else (a URL, spaces, a path) is
 * dropped here, so that no bad record can break the cookie plan of a tab or of every tab.
 * @example isHostName('t.other.test') // true
 */
export function isHostName(h: string): boolean {
  return h.length <= 253 && HOST_NAME.test(h);
}

/**
 * Validates page facts from a content script; the lists are trimmed to a per-tab budget (names,
 * 64,000 characters; hosts, DNS-sized), so one tab's record stays small.
 * @example validatePageFacts({}) // undefined
 */
export function validatePageFacts(v: unknown): PageFacts | undefined {
  if (!isObj(v) || !isWebUrl(v.pageUrl)) return undefined;
  const portal = validateSigns(v.portal);
  const names = strList(v.readableNames, 10_000);
  const readableNames = names && withinBudget(names, MAX_NAMES_CHARS);
  const thirdPartyHosts = strList(v.thirdPartyHosts, 500)?.filter(isHostName);
  if (!portal || !readableNames || !thirdPartyHosts) return undefined;
  return { pageUrl: v.pageUrl, portalName: str(v.portalName, 200) ?? '', portal, readableNames, thirdPartyHosts };
}

function validateEntry(v: unknown): DeclaredEntry | undefined {
  if (!isObj(v)) return undefined;
  const names = strList(v.names, 200);
  const max = v.maxAgeSeconds;
  if (!names) return undefined;
  return {
    names: names.filter((n) => n.length > 0),
    provider: str(v.provider) ?? '',
    service: str(v.service) ?? '',
    purpose: str(v.purpose) ?? '',
    durationText: str(v.durationText) ?? '',
    maxAgeSeconds: typeof max === 'number' && Number.isFinite(max) && max >= 0 ? max : null,
    session: v.session === true,
    conditional: v.conditional === true,
    condition: str(v.condition) ?? null,
    section: str(v.section) ?? '',
    category: CATEGORIES.includes(v.category as Category) ? (v.category as Category) : 'unknown',
  };
}

function validateDeclaration(v: unknown): Declaration | undefined {
  if (!isObj(v) || !Array.isArray(v.entries) || v.entries.length > MAX_LIST) return undefined;
  const entries: DeclaredEntry[] = [];
  for (const raw of v.entries) {
    const entry = validateEntry(raw);
    if (!entry) return undefined;
    entries.push(entry);
  }
  return { title: str(v.title, 500) ?? '', url: isWebUrl(v.url) ? v.url : '', entries };
}

/** Validates a charter finding from a content script. */
export function validateFinding(v: unknown): CharterFinding | undefined {
  if (!isObj(v)) return undefined;
  const tried = (strList(v.tried, 20) ?? []).filter(isWebUrl);
  const message = str(v.message, 500) ?? '';
  if (v.status === 'not-found') return { status: 'not-found', tried, message };
  if (v.status === 'error') return { status: 'error', url: isWebUrl(v.url) ? v.url : '', tried, message };
  if (!isWebUrl(v.url) || typeof v.fetchedAt !== 'string' || Number.isNaN(Date.parse(v.fetchedAt))) return undefined;
  const sha256 = typeof v.sha256 === 'string' && /^[0-9a-f]{64}$/.test(v.sha256) ? v.sha256 : undefined;
  if (!sha256) return undefined;
  const source = { url: v.url, fetchedAt: v.fetchedAt, sha256 };
  if (v.status === 'no-table') return { status: 'no-table', title: str(v.title, 500) ?? '', tried, ...source };
  if (v.status !== 'ok') return undefined;
  const declaration = validateDeclaration(v.declaration);
  return declaration ? { status: 'ok', declaration, tried, ...source } : undefined;
}
