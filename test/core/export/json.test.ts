import { toJson } from '../../../src/core/export/json';
import { META, sampleReport } from './fixtures';

/** Every key anywhere in a JSON value. */
function keys(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) keys(v, into);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.push(k);
      keys(v, into);
    }
  }
  return into;
}

describe('toJson', () => {
  const { report } = sampleReport();
  const parsed = JSON.parse(toJson(report, META));

  it('puts the provenance first, then the report', () => {
    expect(Object.keys(parsed)).toEqual(['charterUrl', 'fetchedAt', 'charterSha256', 'extensionVersion', 'browser', 'report']);
    expect(parsed).toMatchObject(META);
    expect(parsed.report.summary).toEqual(report.summary);
    expect(parsed.report.rows[0]).toMatchObject({ status: 'matched', flags: ['session-mismatch', 'http-only'], declaredName: 'sessionid' });
    expect(parsed.report.rows[0].observed).toMatchObject({ name: 'sessionid', thirdParty: false, lifetimeSeconds: null, valueLength: 8 });
  });

  it('holds no `value` key anywhere, even when one was smuggled into a cookie', () => {
    expect(keys(parsed)).not.toContain('value');
    const smuggled = structuredClone(report);
    Object.assign(smuggled.rows[0]!.observed!, { value: 'SECRET' });
    const text = toJson(smuggled, META);
    expect(keys(JSON.parse(text))).not.toContain('value');
    expect(text).not.toContain('SECRET');
  });

  it('ends with a newline and is indented', () => {
    const text = toJson(report, META);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "report": {');
  });
});
