/**
 * Chrome's offscreen document (offscreen.html): parses charter HTML the background fetched from
 * another site, with DOMParser, which the service worker lacks. Nothing else: it has no extension
 * API but runtime messaging, and its page allows no script but this one.
 */
import { serveOffscreenParse } from '../platform/background-parse';

serveOffscreenParse();
