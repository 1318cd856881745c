#!/usr/bin/env node
// Compacts the Open Cookie Database (src/data/open-cookie-database/, Apache-2.0) and Cookie
// Charter's supplement into the reference.json the extension ships (gzipped, as reference.json.gz):
//   node scripts/reference-data.mjs <outfile>     (an outfile ending in .gz is written gzipped)
// Keeps what a lookup needs (name, prefix flag, platform, category, retention text and seconds,
// registrable domains); drops descriptions, controllers and URLs. The format is read by
// src/core/reference/build-index.ts; FORMAT names its version.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { getDomain } from 'tldts';

export const FORMAT = 'cookie-charter-reference/1';
/** Category vocabulary, in the order entries index it. OCD's "Necessary" is its "Functional". */
export const CATEGORIES = ['functional', 'analytics', 'marketing', 'personalization', 'security'];
const CATEGORY_ALIASES = { necessary: 'functional' };
/** Columns are found by their header, never by position, so an upstream column added or moved is harmless. */
const COLUMNS = {
  platform: 'Platform',
  category: 'Category',
  name: 'Cookie / Data Key name',
  domain: 'Domain',
  retention: 'Retention period',
  wildcard: 'Wildcard match',
};

/**
 * RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; records end with
 * LF, CRLF or CR; a leading BOM is dropped. Throws (with the line) on an unterminated quote or text
 * after a closing quote: a malformed upstream file must fail the build, not ship half-read.
 */
export function parseCsv(text) {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records = [];
  let record = [];
  let i = 0;
  const lineAt = (at) => src.slice(0, at).split('\n').length;
  const BREAK = /[,\r\n]/g;
  while (i < src.length) {
    let field;
    if (src[i] === '"') {
      // Quoted: slices up to each quote; a doubled quote is one quote, a single one closes.
      const open = i;
      field = '';
      i++;
      for (;;) {
        const quote = src.indexOf('"', i);
        if (quote < 0) throw new Error(`CSV: unterminated quoted field from line ${lineAt(open)}`);
        field += src.slice(i, quote);
        if (src[quote + 1] === '"') {
          field += '"';
          i = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      const next = src[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') throw new Error(`CSV: text after a closing quote on line ${lineAt(i)}`);
    } else {
      BREAK.lastIndex = i;
      const stop = BREAK.exec(src)?.index ?? src.length;
      field = src.slice(i, stop);
      i = stop;
    }
    record.push(field);
    if (src[i] === ',') {
      i++;
      if (i === src.length) record.push('');
      continue;
    }
    // End of record: LF, CRLF, a lone CR, or the end of the text.
    if (src[i] === '\r') i++;
    if (src[i] === '\n') i++;
    records.push(record);
    record = [];
  }
  if (record.length) records.push(record); // the text ended just after a comma
  return records;
}

// Seconds per unit as src/core/charter/durations.ts counts them: a month is 1/12 of a Julian year.
const DAY = 86_400;
const YEAR = 31_557_600;
const UNITS = [
  [/^(?:seconds?|secondes?|secs?|s)$/, 1],
  [/^(?:minutes?|mins?|mn)$/, 60],
  [/^(?:hours?|heures?|hrs?|h)$/, 3600],
  [/^(?:days?|jours?|j|d)$/, DAY],
  [/^(?:weeks?|semaines?|wks?|sem)$/, 7 * DAY],
  [/^(?:months?|mois)$/, YEAR / 12],
  [/^(?:years?|ans?|annees?|yrs?|y)$/, YEAR],
];
const QUANTITY = /\b(\d+(?:[.,]\d+)?)\s*([a-z]+)\b/g;
const SESSION = /\bsessions?\b|\bbrowser\b/;
/** Retention cells that carry no information ("Unknown", "undefined"): no retention at all. */
const SAYS_NOTHING = /^(?:unknown|undefined|n\/a|none|-)$/i;

/**
 * A retention period as written → `{ text, seconds? , session? }`: the longest lifetime the text
 * names ("30 seconds till 1 year" → 1 year), or `session` when it names none but the session.
 * "forever", "Varies" or "10 Nov 2030" keep their text only. Undefined for an empty or "Unknown" text.
 */
export function parseRetention(raw) {
  const text = String(raw ?? '').trim();
  if (text === '' || SAYS_NOTHING.test(text)) return undefined;
  const folded = text.toLowerCase();
  let seconds;
  for (const [, amount, unit] of folded.matchAll(QUANTITY)) {
    const per = UNITS.find(([pattern]) => pattern.test(unit))?.[1];
    const value = per === undefined ? NaN : Math.round(Number(amount.replace(',', '.')) * per);
    if (Number.isFinite(value) && (seconds === undefined || value > seconds)) seconds = value;
  }
  if (seconds !== undefined) return { text, seconds };
  return SESSION.test(folded) ? { text, session: true } : { text };
}

/**
 * Registrable domains a Domain cell names ("cookiebot.com (3rd party)", ".bing.com (3rd party)
 * or .microsoft.com (3rd party)"), sorted, space-joined; '' when it names none ("id5-sync").
 */
export function domainsOf(cell) {
  const found = new Set();
  for (const word of String(cell ?? '')
    .toLowerCase()
    .split(/[\s,;]+|\(3rd party\)/)) {
    const host = word.replace(/^\.+|\.+$/g, '');
    if (!host.includes('.')) continue;
    const site = getDomain(host, { allowPrivateDomains: true, validateHostname: false });
    if (site) found.add(site);
  }
  return [...found].sort().join(' ');
}

/** Name as a lookup key: trimmed; a trailing `*` ("SCM*") makes it a prefix whatever the flag says. */
function keyOf(rawName, wildcard) {
  const name = String(rawName ?? '').trim();
  if (name.endsWith('*')) return { name: name.replace(/\*+$/, ''), prefix: true };
  return { name, prefix: wildcard };
}

function categoryOf(raw, where) {
  const word = String(raw ?? '')
    .trim()
    .toLowerCase();
  const category = CATEGORY_ALIASES[word] ?? word;
  if (!CATEGORIES.includes(category)) throw new Error(`${where}: unknown category "${raw}"`);
  return category;
}

function memo(fn) {
  const seen = new Map();
  return (key) => {
    if (!seen.has(key)) seen.set(key, fn(key));
    return seen.get(key);
  };
}

/** The OCD rows as plain entries, in file order (rows without a name are skipped). */
export function ocdEntries(csvText) {
  const [header = [], ...rows] = parseCsv(csvText);
  const at = Object.fromEntries(
    Object.entries(COLUMNS).map(([key, title]) => {
      const index = header.findIndex((cell) => cell.trim() === title);
      if (index < 0) throw new Error(`CSV: no "${title}" column`);
      return [key, index];
    }),
  );
  // Few distinct retention and domain cells (about 200 each) among 2,000+ rows: read each once.
  const retention = memo(parseRetention);
  const domains = memo(domainsOf);
  const entries = [];
  rows.forEach((row, n) => {
    const { name, prefix } = keyOf(row[at.name], String(row[at.wildcard] ?? '').trim() === '1');
    if (name === '') return;
    const category = categoryOf(row[at.category], `CSV row ${n + 2}`);
    entries.push({
      name,
      prefix,
      platform: String(row[at.platform] ?? '').trim(),
      category,
      retention: retention(row[at.retention]),
      domains: domains(row[at.domain]),
    });
  });
  return entries;
}

/** The supplement's entries, validated: a broken supplement fails the build. */
export function supplementEntries(supplement) {
  const list = supplement?.entries;
  if (!Array.isArray(list)) throw new Error('supplement: no "entries" array');
  return list.map((e, n) => {
    const where = `supplement entry ${n} (${e?.name})`;
    if (typeof e?.name !== 'string' || e.name.trim() === '' || e.name !== e.name.trim()) throw new Error(`${where}: bad name`);
    if (typeof e.platform !== 'string' || e.platform.trim() === '') throw new Error(`${where}: no platform`);
    if (typeof e.reason !== 'string' || e.reason.trim() === '') throw new Error(`${where}: say why the entry is needed`);
    return {
      name: e.name,
      prefix: e.prefix === true,
      platform: e.platform,
      category: categoryOf(e.category, where),
      retention: parseRetention(e.retention),
      domains: domainsOf(e.domain),
    };
  });
}

/** Interning table: value → index, in first-seen order (deterministic). */
function table(keyOfValue) {
  const index = new Map();
  const values = [];
  return {
    values,
    id(value) {
      const key = keyOfValue(value);
      if (!index.has(key)) {
        index.set(key, values.length);
        values.push(value);
      }
      return index.get(key);
    },
  };
}

/**
 * The compact reference: `{ format, source, categories, platforms, retentions, ocd, supplement }`
 * where each entry is `[name, platform#, category#, retention# | -1, prefix 0|1, domains?]`.
 * Rows identical in everything kept are merged (first one wins); order is file order.
 * @example compactReference(csv, { entries: [] }).ocd[0] // ['cookiePreferences', 0, 0, 0, 0]
 */
export function compactReference(csvText, supplement, source = '') {
  const platforms = table((p) => p);
  const retentions = table((r) => JSON.stringify(r));
  const pack = (entries) => {
    const seen = new Set();
    const out = [];
    for (const e of entries) {
      const row = [e.name, platforms.id(e.platform), CATEGORIES.indexOf(e.category), e.retention ? retentions.id(e.retention) : -1, e.prefix ? 1 : 0];
      if (e.domains) row.push(e.domains);
      const key = JSON.stringify(row);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(row);
      }
    }
    return out;
  };
  const supplementRows = pack(supplementEntries(supplement));
  const ocdRows = pack(ocdEntries(csvText));
  return {
    format: FORMAT,
    source: String(source).trim(),
    categories: CATEGORIES,
    platforms: platforms.values,
    retentions: retentions.values,
    ocd: ocdRows,
    supplement: supplementRows,
  };
}

const gzipAsync = promisify(gzip);

/**
 * Reads the project's CSV, SOURCE and supplement (under `root`/src/data), writes the compact JSON,
 * gzipped (level 9) when `outfile` ends in `.gz`; returns the bytes written.
 */
export async function writeReference(outfile, root) {
  const data = join(root, 'src', 'data');
  const [csv, source, supplement] = await Promise.all([
    readFile(join(data, 'open-cookie-database', 'open-cookie-database.csv'), 'utf8'),
    readFile(join(data, 'open-cookie-database', 'SOURCE'), 'utf8'),
    readFile(join(data, 'reference-supplement.json'), 'utf8').then(JSON.parse),
  ]);
  const json = Buffer.from(JSON.stringify(compactReference(csv, supplement, source)));
  const bytes = outfile.endsWith('.gz') ? await gzipAsync(json, { level: 9 }) : json;
  // Renamed into place: a browser reloading the unpacked extension never reads half a file.
  const temporary = `${outfile}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, outfile);
  return bytes.length;
}

if (process.argv[1]?.endsWith('reference-data.mjs')) {
  const outfile = process.argv[2];
  if (!outfile || outfile.startsWith('-')) {
    console.error('usage: node scripts/reference-data.mjs <outfile>');
    process.exit(2);
  }
  // Not import.meta: jest loads this file as CommonJS for its tests.
  writeReference(outfile, join(dirname(resolve(process.argv[1])), '..')).then(
    (bytes) => console.log(`[reference] wrote ${outfile} (${bytes} bytes)`),
    (error) => {
      console.error(`[reference] ${error.message}`);
      process.exit(1);
    },
  );
}
