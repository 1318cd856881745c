/**
 * How one fetched candidate address is judged, and how the judgements of a search become the
 * finding the popup shows. Pure: the fetch and the HTML parser are handed in, so the content
 * script (same-origin candidates) and the background (others) judge alike.
 */
import type { ParseResult } from './charter/parse-charter';
import type { CharterFinding, CharterSource } from './findings';
import { requestRefusal } from './request-policy';
import { sha256Hex } from './sha256';
import type { Declaration } from './types';

/** A fetched page as the fetch reports it: the final `url` after redirects, or why it failed. */
export type FetchedCandidate = { ok: true; url: string; status: number; contentType: string; html: string } | { ok: false; url: string; reason: string };

/** What one candidate gave: never the page's HTML, only what the extension read from it. */
export type CandidateOutcome =
  /** 404 / 410: the charter is not there; try the next address. */
  | { kind: 'absent' }
  | { kind: 'error'; message: string }
  | { kind: 'ok'; declaration: Declaration; source: CharterSource }
  | { kind: 'no-table'; title: string; source: CharterSource };

/** The first step's answer: an outcome already, or an HTML page to parse, at its final `url`. */
export type ResponseVerdict = Extract<CandidateOutcome, { kind: 'absent' | 'error' }> | { kind: 'parse'; url: string; html: string };

/** A fetch failure as a user reads it (`fetchPage`'s reasons; others are shown as they are). */
export function fetchFailure(reason: string, timeoutMs: number): string {
  if (reason === 'network') return 'network error, or a redirect to another site';
  if (reason === 'timeout') return `no answer within ${timeoutMs / 1000} s`;
  if (reason === 'too-large') return 'the page is too large to be a charter';
  return reason;
}

/**
 * Judges the response to `candidate` before its body is read: failures, an address it ended at
 * that the request policy refuses (its body is discarded), 404/410, other HTTP errors, non-HTML.
 * @example judgeResponse(url, pageUrl, { ok: true, url, status: 404, contentType: 'text/html', html: '' }, 10_000) // → { kind: 'absent' }
 */
export function judgeResponse(candidate: string, pageUrl: string, page: FetchedCandidate, timeoutMs: number): ResponseVerdict {
  if (!page.ok) return { kind: 'error', message: fetchFailure(page.reason, timeoutMs) };
  // Only the final address can be checked: see request-policy.ts on redirect hops.
  const refusal = requestRefusal(pageUrl, page.url);
  if (refusal !== undefined) {
    const where = page.url === candidate ? `${candidate} is` : `redirected to ${page.url},`;
    return { kind: 'error', message: `${where} ${refusal}, which the extension does not read` };
  }
  if (page.status === 404 || page.status === 410) return { kind: 'absent' };
  if (page.status >= 400) return { kind: 'error', message: `the server answered HTTP ${page.status}` };
  if (!/html/i.test(page.contentType)) return { kind: 'error', message: `not an HTML page (${page.contentType || 'no content type'})` };
  return { kind: 'parse', url: page.url, html: page.html };
}

/**
 * Judges a parsed candidate page: a cookie table is the charter; a page without one is either a
 * charter without a table or, when the address led elsewhere (a login page), a plain error.
 */
export function judgeParsed(candidate: string, finalUrl: string, parsed: ParseResult, source: CharterSource): CandidateOutcome {
  if (parsed.kind === 'declaration') return { kind: 'ok', declaration: parsed.declaration, source };
  if (finalUrl !== candidate) return { kind: 'error', message: `redirected to ${finalUrl}, which holds no cookie table` };
  return { kind: 'no-table', title: parsed.title, source };
}

/** What reading a candidate needs from its context. */
export interface CandidateReader {
  fetch(url: string): Promise<FetchedCandidate>;
  /** Parses charter HTML into a DOM and reads it (DOMParser; in Chrome's worker, an offscreen page). */
  parse(html: string, url: string): Promise<ParseResult> | ParseResult;
  /** The time of the fetch, ISO 8601. */
  now(): string;
  /** The fetch's own time limit, for the message when it is reached. */
  timeoutMs: number;
}

/**
 * Fetches, judges and parses one candidate the policy allows; refused addresses are never fetched.
 * @example await readCandidate('https://data.x.fr/terms/cookies-policy/', 'https://data.x.fr/', reader) // → { kind: 'ok', ... }
 */
export async function readCandidate(candidate: string, pageUrl: string, reader: CandidateReader): Promise<CandidateOutcome> {
  const refusal = requestRefusal(pageUrl, candidate);
  if (refusal !== undefined) return { kind: 'error', message: `${candidate} is ${refusal}, which the extension does not read` };
  const verdict = judgeResponse(candidate, pageUrl, await reader.fetch(candidate), reader.timeoutMs);
  if (verdict.kind !== 'parse') return verdict;
  // The SHA-256 of the text read, so that a report cites exactly what it read.
  const source = { url: verdict.url, fetchedAt: reader.now(), sha256: sha256Hex(verdict.html) };
  return judgeParsed(candidate, verdict.url, await reader.parse(verdict.html, verdict.url), source);
}

/**
 * The finding of a search from its candidates' outcomes, in the order tried: the first charter
 * read; else the first error or table-less charter; else "not found". `tried` lists every address.
 */
export function searchFinding(results: { url: string; outcome: CandidateOutcome }[]): CharterFinding {
  const tried = results.map((r) => r.url);
  const found = results.find((r) => r.outcome.kind === 'ok');
  const fallback = found ?? results.find((r) => r.outcome.kind !== 'absent');
  const outcome = fallback?.outcome;
  if (fallback === undefined || outcome === undefined || outcome.kind === 'absent') {
    return { status: 'not-found', tried, message: 'no charter page answered at the usual addresses' };
  }
  if (outcome.kind === 'error') return { status: 'error', url: fallback.url, tried, message: outcome.message };
  if (outcome.kind === 'ok') return { status: 'ok', declaration: outcome.declaration, tried, ...outcome.source };
  return { status: 'no-table', title: outcome.title, tried, ...outcome.source };
}
