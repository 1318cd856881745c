/** index.html as text: escaping, the CSP that allows exactly its own inline style and script, no request. */
import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';
import { renderIndex } from '../../src/cli/audit/index-html';
import { buildSummary } from '../../src/cli/audit/summary';
import { fleet, row, scenario, site } from './audit-fixtures';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

function page() {
  const sites = [
    ...fleet(),
    site('h.test', [
      scenario('first-visit', [row(HOSTILE, { domain: `"><svg onload=alert(3)>`, flags: ['set-before-choice'], severity: 'violation' })], {
        charter: { url: 'javascript:alert(4)', sha256: '<b>', fetchedAt: 'x' },
        notes: [`no-charter: ${HOSTILE}`],
        consent: { cmp: 'opendatasoft', decided: true, choice: 'refused' },
      }),
    ]),
  ];
  const summary = buildSummary(sites, '2026-11-23T11:00:00.000+01:00', '0.1.0');
  return { html: renderIndex(summary, sites), summary };
}

describe('renderIndex', () => {
  it('escapes everything that comes from a site: no element, attribute or link of its making', () => {
    const { html } = page();
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('script')).toHaveLength(1); // its own
    expect(doc.querySelectorAll('img, iframe, object, embed, link, base, form')).toHaveLength(0);
    expect(doc.querySelectorAll('svg')).toHaveLength(1); // the chart
    expect([...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on'))).toEqual([]);
    expect([...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => !/^(?:#|https?:)/.test(h!))).toEqual([]);
    expect(doc.querySelector('[data-site="h.test"] [data-cookie]')!.getAttribute('data-cookie')).toBe(HOSTILE);
    expect(doc.body.textContent).toContain(HOSTILE);
  });

  it('allows by hash exactly its own inline style and script, and nothing from the network', () => {
    const { html } = page();
    const doc = new JSDOM(html).window.document;
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    const hash = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src ${hash(doc.querySelector('script')!.textContent!)}`);
    expect(csp).toContain(`style-src ${hash(doc.querySelector('style')!.textContent!)}`);
    expect(csp).not.toMatch(/unsafe|https?:|\*/);
    expect(doc.querySelectorAll('[src], link[href]')).toHaveLength(0);
    expect(doc.querySelectorAll('[style]')).toHaveLength(0); // the CSP would block inline style attributes
  });

  it('has one table row and one section per site, and a bar per kind of finding', () => {
    const { html, summary } = page();
    const doc = new JSDOM(html).window.document;
    expect([...doc.querySelectorAll('#sites tbody tr')].map((tr) => tr.getAttribute('data-site'))).toEqual(summary.sites.map((l) => l.host));
    expect([...doc.querySelectorAll('section.site')].map((s) => s.id)).toEqual(summary.sites.map((l) => `site-${l.host}`));
    expect([...doc.querySelectorAll('.chart [data-kind]')].map((g) => g.getAttribute('data-kind')).sort()).toEqual(Object.keys(summary.totals.kinds).sort());
    expect(doc.querySelector('#sites tbody tr[data-site="leaky.test"]')!.getAttribute('data-verdict')).toBe('violation');
    expect(doc.querySelector('#site-leaky\\.test .timeline')!.textContent).toContain('_ga');
  });
});
