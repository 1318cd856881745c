/**
 * Parses fetched charter HTML with DOMParser into an inert document and reads its cookie tables:
 * its scripts never run, its images never load, and nothing of it is ever inserted into a page.
 * Runs wherever DOMParser exists: the content script, Firefox's background page, and Chrome's
 * offscreen document (src/platform/background-parse.ts).
 */
import { parseCharter, type ParseResult } from '../core/charter/parse-charter';

/** The charter read from `html`, fetched from `url`. */
export function parseCharterHtml(html: string, url: string): ParseResult {
  return parseCharter(new DOMParser().parseFromString(html, 'text/html'), url);
}
