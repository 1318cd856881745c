/** The popup's pure helpers: durations, explanations, attributes, verdict, export names (node env). */
import { MONTH_SECONDS } from '../../src/core/time';
import { attributes, expiryText, maskedValue } from '../../src/popup/format/cookie';
import { formatDuration } from '../../src/popup/format/duration';
import { explainFlag, explainRow, explainStatus } from '../../src/popup/format/explain';
import { browserLabel, exportFileName } from '../../src/popup/format/export-names';
import { verdict } from '../../src/popup/format/verdict';
import { demoReport, DEMO_COOKIES, NOW } from './fixtures';
import { localeFor } from './locale';

const en = localeFor('en');
const fr = localeFor('fr');
const DAY = 86_400;
const rowOf = (name: string) => demoReport().rows.find((r) => (r.observed?.name ?? r.declaredName) === name)!;

describe('formatDuration', () => {
  it.each([
    [0, '0 seconds', '0 seconde'],
    [1, '1 second', '1 seconde'],
    [45 * 60, '45 minutes', '45 minutes'],
    [3600, '1 hour', '1 heure'],
    [14 * DAY, '14 days', '14 jours'],
    [6 * MONTH_SECONDS, '6 months', '6 mois'],
    [365 * DAY, '12 months', '12 mois'],
    [400 * DAY, '13.1 months', '13,1 mois'],
    [24 * MONTH_SECONDS, '24 months', '24 mois'],
    [5 * 12 * MONTH_SECONDS, '5 years', '5 ans'],
    [-5, '0 seconds', '0 seconde'],
  ])('%d s reads "%s" / "%s"', (seconds, english, french) => {
    expect(formatDuration(seconds, en)).toBe(english);
    expect(formatDuration(seconds, fr)).toBe(french);
  });
});

describe('explanations', () => {
  it('compares the observed lifetime with the declared one', () => {
    expect(explainFlag('expiry-exceeds-declared', rowOf('cookies_preferences'), en)).toBe('Lives 12 months, the charter says 6 months.');
    expect(explainFlag('expiry-exceeds-declared', rowOf('cookies_preferences'), fr)).toBe('Vit 12 mois, alors que la charte indique 6 mois.');
  });

  it('explains the CNIL yardstick, third party, partition and condition', () => {
    expect(explainFlag('over-13-months', rowOf('_pk_id.1.a1b2'), en)).toContain('living 13.1 months: past the 13 months the CNIL allows');
    expect(explainFlag('third-party', rowOf('tp_uid'), en)).toBe('3rd party: belongs to another site (tracker.other.test) than the portal.');
    expect(explainFlag('partitioned', rowOf('tp_uid'), en)).toBe('Partitioned: stored separately for the site https://example.test.');
    expect(explainFlag('conditional', rowOf('django_language'), en)).toBe(
      'The charter sets a condition: “activated only if the portal is available in multiple languages”',
    );
  });

  it('explains both directions of a session mismatch', () => {
    const row = rowOf('sessionid');
    const declaredSession = { ...row, declared: { ...row.declared!, session: true, maxAgeSeconds: null, durationText: 'Session' } };
    expect(explainFlag('session-mismatch', declaredSession, en)).toBe('The charter says it ends with the session, but it lives 14 days.');
    const foundSession = { ...row, observed: { ...row.observed!, session: true, lifetimeSeconds: null } };
    expect(explainFlag('session-mismatch', foundSession, en)).toBe('The charter says 14 days, but it ends with the session.');
  });

  it('says why each status is what it is', () => {
    expect(explainStatus(rowOf('_pk_id.1.a1b2'), en)).toBe('Declared in the charter as “_pk_id.*” and present in the browser.');
    expect(explainStatus(rowOf('atuserid'), en)).toContain("(AT Internet, Mesure d'audience (front et back office))");
    expect(explainStatus(rowOf('ab_test_variant'), fr)).toBe('Présent dans le navigateur, mais la charte ne le mentionne pas.');
    expect(explainRow(rowOf('tp_uid'), en)).toHaveLength(3); // status, third-party, partitioned
  });
});

describe('observed cookie facts', () => {
  it('masks the value, keeping its length', () => {
    expect(maskedValue(32, en)).toBe('•••• (32 chars)');
    expect(maskedValue(32, fr)).toBe('•••• (32 car.)');
  });

  it('reads expiry from the report lifetime', () => {
    const session = { ...rowOf('sessionid').observed!, session: true, lifetimeSeconds: null };
    expect(expiryText(session, en)).toBe('Session');
    expect(expiryText(rowOf('sessionid').observed!, en)).toBe('in 14 days');
    expect(expiryText({ ...rowOf('sessionid').observed!, lifetimeSeconds: -3 }, fr)).toBe('expiré');
  });

  it('lists the attributes in a fixed order, third party singled out', () => {
    expect(attributes(rowOf('sessionid').observed!, en).map(([text]) => text)).toEqual(['HttpOnly', 'Secure', 'SameSite=Lax', '1st party']);
    const tp = attributes(rowOf('tp_uid').observed!, en);
    expect(tp.map(([text]) => text)).toEqual(['Not JS-readable', 'Secure', 'SameSite=None', '3rd party', 'Partitioned']);
    expect(tp.find(([, , notable]) => notable)?.[0]).toBe('3rd party');
    // Report flags shown as attributes carry their icon too, never colour alone.
    expect(tp.map(([, , , icon]) => icon ?? '')).toEqual(['', '', '', '↗', '◫']);
    expect(attributes(rowOf('sessionid').observed!, en)[0]![3]).toBe('⊘');
    expect(attributes(rowOf('csrftoken').observed!, fr).map(([text]) => text)).toEqual(['Lisible en JS', 'Secure', 'SameSite=Lax', 'Interne']);
  });
});

describe('verdict', () => {
  it('leads with undeclared cookies, then vague ones, then agreement', () => {
    expect(verdict(demoReport(), en)).toMatchObject({ tone: 'bad', text: '2 cookies are not declared in the charter' });
    expect(verdict(demoReport(), en).note).toBe("2 lifetimes contradict the charter or the CNIL's 13-month limit.");
    const one = demoReport(DEMO_COOKIES.filter((c) => c.name !== 'tp_uid'));
    expect(verdict(one, fr).text).toBe("1 cookie n'est pas déclaré dans la charte");
    const vague = demoReport(DEMO_COOKIES.filter((c) => ['sessionid', 'atuserid'].includes(c.name)));
    expect(verdict(vague, en)).toMatchObject({ tone: 'warn', text: 'Every cookie observed is declared, but 1 only through a category that names no cookie' });
    expect(verdict(demoReport([DEMO_COOKIES[0]!]), en)).toEqual({ tone: 'ok', text: 'Every cookie observed is declared in the charter', note: '' });
    expect(verdict(demoReport([]), en).text).toBe('No cookie observed for this portal yet');
  });

  it("names the site's declaration, not a charter, for a site that is not a portal", () => {
    expect(verdict(demoReport(), en, true)).toMatchObject({ tone: 'bad', text: '2 cookies are not declared by the site' });
    expect(verdict(demoReport(), en, true).note).toBe("2 lifetimes contradict the site's declaration or the CNIL's 13-month limit.");
    expect(verdict(demoReport(DEMO_COOKIES.filter((c) => c.name !== 'tp_uid')), fr, true).text).toBe("1 cookie n'est pas déclaré par le site");
    expect(verdict(demoReport([DEMO_COOKIES[0]!]), fr, true).text).toBe('Tous les cookies observés sont déclarés par le site');
    expect(verdict(demoReport([]), en, true).text).toBe('No cookie observed for this site yet');
  });
});

describe('export names', () => {
  it('names files after the portal host and the day the cookies were read', () => {
    expect(exportFileName('https://data.example.test/explore/', NOW, 'csv')).toBe('cookie-charter-data.example.test-2027-01-15.csv');
    expect(exportFileName('not a url', NaN, 'md')).toBe('cookie-charter-portal-undated.md');
  });

  it('labels the browser with its version', () => {
    expect(browserLabel('firefox', 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0')).toBe('firefox 153.0');
    expect(browserLabel('chrome', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.7200.1 Safari/537.36')).toBe(
      'chrome 156.0.7200.1',
    );
    expect(browserLabel('chrome', 'curl/8')).toBe('chrome');
  });
});
