/**
 * @jest-environment jsdom
 */
import { readPageFacts } from '../../src/content/dom';

const portal = { isPortal: true, confidence: 'strong' as const, signs: [] };

describe('readPageFacts', () => {
  beforeEach(() => {
    document.body.innerHTML = '<img src="http://bank.unrelated.test/never.gif"><script src="http://cdn.nowhere.test/a.js"></script>';
    Object.defineProperty(performance, 'getEntriesByType', {
      configurable: true,
      value: (type: string) => (type === 'resource' ? [{ name: 'http://tracker.other.test/pixel.gif' }, { name: `${location.origin}/logo.png` }] : []),
    });
  });

  it('takes third-party hosts from resource timing only, never from src attributes the page wrote', () => {
    expect(readPageFacts(portal).thirdPartyHosts).toEqual(['tracker.other.test']);
  });

  it('reports the page URL, its readable cookie names and never a value', () => {
    document.cookie = 'csrftoken=secret-value';
    const facts = readPageFacts(portal);
    expect(facts.pageUrl).toBe(location.href);
    expect(facts.readableNames).toEqual(['csrftoken']);
    expect(JSON.stringify(facts)).not.toContain('secret-value');
  });
});
