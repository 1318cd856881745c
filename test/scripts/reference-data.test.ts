import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parseDuration } from '../../src/core/charter/durations';
import { REFERENCE_FORMAT } from '../../src/core/reference/build-index';
// @ts-expect-error plain ESM module of the build
import * as script from '../../scripts/reference-data.mjs';
import { compactReference, CSV, ROOT, SOURCE, SUPPLEMENT } from '../core/reference/shipped';

type Entry = {
  name: string;
  prefix: boolean;
  platform: string;
  category: string;
  retention?: { text: string; seconds?: number; session?: true };
  domains: string;
};
const { parseCsv, parseRetention, domainsOf, ocdEntries, writeReference, FORMAT, CATEGORIES } = script as {
  parseCsv: (text: string) => string[][];
  parseRetention: (text: string) => Entry['retention'];
  domainsOf: (cell: string) => string;
  ocdEntries: (csv: string) => Entry[];
  writeReference: (outfile: string, root: string) => Promise<number>;
  FORMAT: string;
  CATEGORIES: string[];
};

describe('parseCsv', () => {
  it.each([
    [
      'plain fields',
      'a,b,c\n1,2,3\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    [
      'no final line break',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CRLF records',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['a BOM', '\uFEFFID,x\n', [['ID', 'x']]],
    ['empty fields', ',,\n', [['', '', '']]],
    ['commas in quotes', '"a, b",c\n', [['a, b', 'c']]],
    ['doubled quotes', '"say ""hi""",""\n', [['say "hi"', '']]],
    [
      'line breaks in quotes',
      '"one\ntwo\r\nthree",x\nnext,y\n',
      [
        ['one\ntwo\r\nthree', 'x'],
        ['next', 'y'],
      ],
    ],
    ['a quote inside an unquoted field', 'a"b,c\n', [['a"b', 'c']]],
    [
      'a trailing comma at the end',
      'a,b\n1,',
      [
        ['a', 'b'],
        ['1', ''],
      ],
    ],
    ['a quoted field at the end', 'a,"b"', [['a', 'b']]],
    ['an empty line', 'a\n\nb\n', [['a'], [''], ['b']]],
    ['a lone CR', 'a\rb', [['a'], ['b']]],
  ])('reads %s', (_what, text, records) => {
    expect(parseCsv(text)).toEqual(records);
  });

  it('fails on an unterminated quote, naming the line it opened on', () => {
    expect(() => parseCsv('a,b\n1,"open\nstill open')).toThrow('unterminated quoted field from line 2');
  });

  it('fails on text after a closing quote', () => {
    expect(() => parseCsv('a\n"x"y,z\n')).toThrow('text after a closing quote on line 2');
  });

  it('reads every shipped row whole: one record per row id, ten fields each', () => {
    const [header, ...rows] = parseCsv(CSV);
    expect(header).toHaveLength(10);
    expect(rows).toHaveLength(CSV.match(/^[0-9a-f]{8}-[0-9a-f]{4}-/gm)?.length ?? -1);
    expect(rows.filter((row) => row.length !== 10)).toEqual([]);
    expect(rows.filter((row) => !/^[0-9a-f]{8}-/.test(row[0] ?? ''))).toEqual([]);
  });
});

describe('parseRetention', () => {
  const DAY = 86_400;
  const YEAR = 31_557_600;
  it.each([
    ['2 years', { text: '2 years', seconds: 2 * YEAR }],
    ['13 months by default, modifiable', { text: '13 months by default, modifiable', seconds: 13 * (YEAR / 12) }],
    ['1440 Minutes', { text: '1440 Minutes', seconds: DAY }],
    ['30 seconds till 1 year', { text: '30 seconds till 1 year', seconds: YEAR }],
    ['30 minutes, 3w or 1y depending on value', { text: '30 minutes, 3w or 1y depending on value', seconds: YEAR }],
    ['0 days', { text: '0 days', seconds: 0 }],
    ['  Session ', { text: 'Session', session: true }],
    ['End of session (browser)', { text: 'End of session (browser)', session: true }],
    ['Sessions', { text: 'Sessions', session: true }],
    ['forever', { text: 'forever' }],
    ['10 Nov 2030', { text: '10 Nov 2030' }],
    ['', undefined],
    ['Unknown', undefined],
    ['undefined', undefined],
  ])('%j', (text, expected) => {
    expect(parseRetention(text)).toEqual(expected);
  });

  it('reads every shipped retention text to the seconds the charter parser reads', () => {
    const texts = new Set(ocdEntries(CSV).flatMap((e) => (e.retention ? [e.retention.text] : [])));
    const disagree = [...texts].filter((text) => (parseRetention(text)?.seconds ?? null) !== parseDuration(text).maxAgeSeconds);
    expect(disagree).toEqual([]);
  });
});

describe('domainsOf', () => {
  it.each([
    ['', ''],
    ['cookiebot.com (3rd party)', 'cookiebot.com'],
    ['.bing.com (3rd party) or .microsoft.com (3rd party)', 'bing.com microsoft.com'],
    ['google-analytics.com (3rd party) or ', 'google-analytics.com'],
    ['simage2.pubmatic.com', 'pubmatic.com'],
    ['.amplitude.com.', 'amplitude.com'],
    ['user.github.io', 'user.github.io'],
    ['id5-sync', ''],
  ])('%j → %j', (cell, expected) => {
    expect(domainsOf(cell)).toBe(expected);
  });
});

describe('compactReference', () => {
  const file = compactReference(CSV, SUPPLEMENT, SOURCE);

  it('keeps, for every OCD row, its name, prefix flag, platform, category, retention and domains', () => {
    const decoded = file.ocd.map(([name, p, c, r, prefix, domains = '']) => {
      const entry: Entry = { name, prefix: prefix === 1, platform: file.platforms[p] as string, category: file.categories[c] as string, domains };
      if (r !== -1) entry.retention = file.retentions[r];
      return entry;
    });
    const expected = ocdEntries(CSV).map((e) =>
      e.retention ? e : { name: e.name, prefix: e.prefix, platform: e.platform, category: e.category, domains: e.domains },
    );
    const unique = [...new Map(expected.map((e) => [JSON.stringify(e), e])).values()];
    expect(decoded).toEqual(unique);
  });

  it('reads names as written, trimmed, with a trailing * as a prefix', () => {
    const names = ocdEntries(CSV);
    expect(names.find((e) => e.name === 'ce_need_secure_cookie')).toBeDefined();
    // Smaato lists both `SCM` and `SCM*` (wildcard flag 0): the second is a prefix.
    expect(names.filter((e) => e.name === 'SCM').map((e) => e.prefix)).toEqual([false, true]);
    expect(names.find((e) => e.name === '_ga_')).toMatchObject({ prefix: true });
    expect(names.find((e) => e.name === '_rails_session')).toMatchObject({ category: 'functional' }); // "Necessary"
  });

  it('interns platforms and retentions once each, and keeps no description or URL', () => {
    expect(new Set(file.platforms).size).toBe(file.platforms.length);
    expect(new Set(file.retentions.map((r) => JSON.stringify(r))).size).toBe(file.retentions.length);
    const json = JSON.stringify(file);
    expect(json).not.toMatch(/https?:/);
    expect(json).not.toContain('Registers cookie preferences of a user');
    expect(file).toMatchObject({ format: FORMAT, categories: CATEGORIES, source: SOURCE.trim() });
    expect(FORMAT).toBe(REFERENCE_FORMAT);
  });

  it('merges rows identical in everything it keeps, and only those', () => {
    const header = 'Platform,Category,Cookie / Data Key name,Domain,Retention period,Wildcard match';
    const small = compactReference(
      [header, 'P,Marketing,x,,1 day,0', 'P,Marketing,x,,1 day,0', 'P,Marketing,x,,2 days,0', 'Q,Marketing,x,,1 day,1'].join('\n'),
      { entries: [] },
    );
    expect(small.ocd).toEqual([
      ['x', 0, 2, 0, 0],
      ['x', 0, 2, 1, 0],
      ['x', 1, 2, 0, 1],
    ]);
  });

  it('is deterministic and shrinks the CSV', () => {
    const again = JSON.stringify(compactReference(CSV, SUPPLEMENT, SOURCE));
    expect(again).toBe(JSON.stringify(file));
    expect(again.length).toBeLessThan(CSV.length / 4);
    expect(gzipSync(again).length).toBeLessThan(again.length / 2);
  });

  it.each([
    ['no entries array', {}],
    ['a bad category', { entries: [{ name: 'x', platform: 'P', category: 'tracking', reason: 'r' }] }],
    ['no reason', { entries: [{ name: 'x', platform: 'P', category: 'functional' }] }],
    ['a padded name', { entries: [{ name: ' x', platform: 'P', category: 'functional', reason: 'r' }] }],
    ['no platform', { entries: [{ name: 'x', platform: '', category: 'functional', reason: 'r' }] }],
  ])('rejects a supplement with %s', (_what, supplement) => {
    expect(() => compactReference(CSV, supplement as { entries: unknown[] })).toThrow(/supplement/);
  });

  it('rejects a CSV without a needed column or with an unknown category', () => {
    expect(() => compactReference('Platform,Category\nP,Functional\n', { entries: [] })).toThrow('no "Cookie / Data Key name" column');
    const header = 'Platform,Category,Cookie / Data Key name,Domain,Retention period,Wildcard match';
    expect(() => compactReference(`${header}\nP,Tracking,x,,,0\n`, { entries: [] })).toThrow('CSV row 2: unknown category "Tracking"');
  });
});

describe('writeReference', () => {
  it('writes the same bytes as compactReference of the shipped files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-reference-'));
    try {
      const out = join(dir, 'reference.json');
      const bytes = await writeReference(out, ROOT);
      const written = readFileSync(out);
      expect(written.toString('utf8')).toBe(JSON.stringify(compactReference(CSV, SUPPLEMENT, SOURCE)));
      expect(bytes).toBe(written.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes them gzipped (level 9) to a .gz file, as the build ships them, a fraction of the size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-reference-'));
    try {
      const out = join(dir, 'reference.json.gz');
      const bytes = await writeReference(out, ROOT);
      const written = readFileSync(out);
      const json = JSON.stringify(compactReference(CSV, SUPPLEMENT, SOURCE));
      expect([...written.subarray(0, 2)]).toEqual([0x1f, 0x8b]); // the gzip magic number
      expect(gunzipSync(written).toString('utf8')).toBe(json);
      expect(bytes).toBe(written.length);
      expect(written.length).toBe(gzipSync(json, { level: 9 }).length);
      expect(written.length).toBeLessThan(json.length / 3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
