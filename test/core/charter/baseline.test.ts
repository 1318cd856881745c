/**
 * The French/English charter fixtures must parse exactly as they did before the parser learnt
 * other sites and languages: baseline/charters.json was written from the parser as it stood then.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCharter } from '../../../src/core/charter/parse-charter';
import { loadFixture } from './load';

const URL_ = 'https://data.example.fr/terms/cookies-policy/';
const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const baseline = JSON.parse(readFileSync(join(__dirname, 'baseline', 'charters.json'), 'utf8')) as Record<string, unknown>;

const fixtures = [
  ...readdirSync(join(FIXTURES, 'charters'))
    .filter((name) => name.endsWith('.html'))
    .map((name) => name),
  ...readdirSync(join(FIXTURES, 'pages'))
    .filter((name) => name.endsWith('.html'))
    .map((name) => `../pages/${name}`),
].sort();

describe('charter fixtures parse as before (baseline/charters.json)', () => {
  it('has a baseline for every fixture and a fixture for every baseline', () => {
    expect(fixtures).toEqual(Object.keys(baseline).sort());
  });

  it.each(fixtures)('%s', (name) => {
    const result = parseCharter(loadFixture(`charters/${name}`, URL_), URL_);
    // Through JSON, as the baseline was written (undefined fields would not be there).
    expect(JSON.parse(JSON.stringify(result))).toEqual(baseline[name]);
  });
});
