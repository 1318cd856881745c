/** Shards merged == one run: the same summary (apart from its time) and the same site files. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { joinSites, mergeOutputs } from '../../src/cli/audit/merge';
import { readSites, writeReports, writeSite } from '../../src/cli/audit/outputs';
import { inShard } from '../../src/cli/audit/shard';
import { fleet, site } from './audit-fixtures';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cc-audit-merge-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const withoutTime = (path: string) => ({ ...JSON.parse(readFileSync(path, 'utf8')), generatedAt: null });

describe('mergeOutputs', () => {
  it('gives the summary, CSV and index of a single run', () => {
    const sites = fleet();
    const single = join(dir, 'single');
    for (const s of sites) writeSite(single, s);
    writeReports(single, sites, '0.1.0');
    const shards = [1, 2, 3].map((i) => {
      const out = join(dir, `shard-${i}`);
      const mine = inShard(sites, i, 3);
      for (const s of mine) writeSite(out, s);
      writeReports(out, mine, '0.1.0');
      return out;
    });
    const merged = join(dir, 'merged');
    const result = mergeOutputs(shards, merged, '0.1.0');
    expect('summary' in result).toBe(true);
    expect(withoutTime(join(merged, 'summary.json'))).toEqual(withoutTime(join(single, 'summary.json')));
    expect(readFileSync(join(merged, 'summary.csv'), 'utf8')).toBe(readFileSync(join(single, 'summary.csv'), 'utf8'));
    const noTime = (p: string) => readFileSync(p, 'utf8').replace(/Generated [^ ]+/, '');
    expect(noTime(join(merged, 'index.html'))).toBe(noTime(join(single, 'index.html')));
    expect(readSites(merged)).toEqual(readSites(single));
  });

  it('refuses a missing folder or one without site files', () => {
    expect(mergeOutputs([join(dir, 'nope')], join(dir, 'm'), 'v')).toEqual({ error: `merge: no folder ${join(dir, 'nope')}` });
    expect(mergeOutputs([dir], join(dir, 'm'), 'v')).toEqual({ error: `merge: no site file in ${dir}/sites` });
  });

  it('takes a shard that got no site (a summary.json, no site file) as adding nothing', () => {
    const sites = fleet();
    const full = join(dir, 'full');
    for (const s of sites) writeSite(full, s);
    writeReports(full, sites, '0.1.0');
    const empty = join(dir, 'empty');
    writeReports(empty, [], '0.1.0');
    const merged = join(dir, 'merged');
    expect('summary' in mergeOutputs([full, empty], merged, '0.1.0')).toBe(true);
    expect(withoutTime(join(merged, 'summary.json'))).toEqual(withoutTime(join(full, 'summary.json')));
  });
});

describe('joinSites', () => {
  it('keeps the later result of a host held twice, whatever the order of the folders', () => {
    const early = site('a.test', [], { endedAt: '2026-11-23T10:00:00.000+01:00' });
    const late = site('a.test', [], { endedAt: '2026-11-23T12:00:00.000+01:00' });
    expect(joinSites([[early], [late]])).toEqual([late]);
    expect(joinSites([[late], [early]])).toEqual([late]);
  });
});
