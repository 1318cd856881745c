import { readRecordBlock } from '../../../src/core/charter/records';
import { emptyRow } from '../../../src/core/charter/entry';
import { makeBodyFactory } from './load';

const body = makeBodyFactory();
const block = (html: string) => {
  const el = body(html).body.firstElementChild;
  if (el === null) throw new Error('no element');
  return readRecordBlock(el);
};

describe('readRecordBlock', () => {
  it("reads Complianz's grid: a purpose lead, then Name / Expiration / Function pairs", () => {
    const pair = (name: string, retention: string, fn: string) =>
      `<div class="name-header"><h5>Name</h5></div><div class="name">${name}</div><div class="retention-header"><h5>Expiration</h5></div><div class="retention">${retention}</div><div class="function-header"><h5>Function</h5></div><div class="function">${fn}</div>`;
    expect(
      block(
        `<div class="cookies-per-purpose"><div class="purpose"><h4>Functional</h4></div>${pair('wp-settings-*', 'persistent', 'Store user preferences')}${pair('<a href="#">wordpress_test_cookie</a>', 'session', 'Read if cookies can be placed')}</div>`,
      ),
    ).toEqual({
      lead: 'Functional',
      hasDuration: true,
      records: [
        { ...emptyRow(), name: 'wp-settings-*', duration: 'persistent', purpose: 'Store user preferences' },
        { ...emptyRow(), name: 'wordpress_test_cookie', duration: 'session', purpose: 'Read if cookies can be placed' },
      ],
    });
  });

  it('reads a <dl> and skips the pairs of columns it does not keep', () => {
    expect(block('<dl><dt>Name</dt><dd>_ga</dd><dt>Anbieter</dt><dd>Google</dd><dt>Typ</dt><dd>HTTP</dd><dt>Laufzeit</dt><dd>2 Jahre</dd></dl>')).toEqual({
      lead: '',
      hasDuration: true,
      records: [{ ...emptyRow(), name: '_ga', provider: 'Google', duration: '2 Jahre' }],
    });
  });

  it.each([
    [
      'a glossary of cookie kinds (values are sentences)',
      '<dl><dt>Session cookies</dt><dd>Deleted when you close the browser.</dd><dt>Persistent cookies</dt><dd>Stay until they expire.</dd><dt>Third-party cookies</dt><dd>Set by another domain.</dd></dl>',
    ],
    [
      'headed prose paragraphs',
      '<article><h3>Cookie</h3><p>We use no tracking cookies.</p><h3>Duration</h3><p>At most 12 months.</p><h3>Purpose</h3><p>Only to run the site.</p></article>',
    ],
    ['fewer than three pairs', '<dl><dt>Name</dt><dd>_ga</dd><dt>Duration</dt><dd>2 years</dd></dl>'],
    ['a fact before any name', '<dl><dt>Duration</dt><dd>2 years</dd><dt>Name</dt><dd>_ga</dd><dt>Purpose</dt><dd>Statistics</dd></dl>'],
    ['a pair whose label is no column', '<div><div>Name</div><div>_ga</div><div>Expiration</div><div>2 years</div><div>Owner</div><div>Google</div></div>'],
    ['names only', '<dl><dt>Name</dt><dd>_ga</dd><dt>Name</dt><dd>_gid</dd><dt>Name</dt><dd>_gat</dd></dl>'],
    ['a label that is a question', '<dl><dt>Which cookie?</dt><dd>_ga</dd><dt>Duration</dt><dd>2 years</dd><dt>Purpose</dt><dd>Statistics</dd></dl>'],
  ])('refuses %s', (_, html) => {
    expect(block(html)).toBeNull();
  });
});
