import { detectPortal, isCharterPath, rootSign } from '../../src/core/portal';
import { htmlDocument, loadFixture } from './charter/load';

describe('detectPortal', () => {
  it.each<[string, ReturnType<typeof detectPortal>]>([
    ['pages/portal-home.html', { isPortal: true, confidence: 'strong', signs: ['ng-app="ods.frontend"'] }],
    ['pages/portal-home-external-charter.html', { isPortal: true, confidence: 'strong', signs: ['data-ng-app="ods.frontend"'] }],
    ['charters/data.bourgesplus.fr.html', { isPortal: true, confidence: 'strong', signs: ['ng-app="ods.frontend"'] }],
    ['pages/weak-signs.html', { isPortal: true, confidence: 'weak', signs: ['nav.ods-front-header', '.ods-front-footer', 'image under /assets/theme_image/'] }],
    ['pages/widget-embed.html', { isPortal: false, confidence: 'weak', signs: ['<ods-dataset-context>', 'odswidget-* element'] }],
    ['pages/plain.html', { isPortal: false, confidence: 'none', signs: [] }],
    ['charters/not-a-portal.html', { isPortal: false, confidence: 'none', signs: [] }],
  ])('%s', (fixture, signs) => {
    expect(detectPortal(loadFixture(fixture))).toEqual(signs);
  });

  it('does not take a widget alone for a portal', () => {
    // Without a header, footer or dataset context, widgets are not even looked for.
    expect(detectPortal(htmlDocument('<div class="odswidget odswidget-map"></div>'))).toEqual({ isPortal: false, confidence: 'none', signs: [] });
  });

  it('needs two weak signs besides widgets', () => {
    const one = detectPortal(htmlDocument('<nav class="ods-front-header"></nav><div class="odswidget-table"></div>'));
    expect(one).toEqual({ isPortal: false, confidence: 'weak', signs: ['nav.ods-front-header', 'odswidget-* element'] });
    const two = detectPortal(htmlDocument('<ods-dataset-context></ods-dataset-context><div style="background: url(/assets/theme_image/bg.jpg)"></div>'));
    expect(two.isPortal).toBe(true);
  });

  it('reads other ng-app values as no sign', () => {
    expect(detectPortal(htmlDocument('<html ng-app="myApp"><body></body></html>')).isPortal).toBe(false);
    expect(detectPortal(htmlDocument('<html ng-app=" ods.frontend "><body></body></html>')).confidence).toBe('strong');
  });

  it('returns early on the root attribute without querying the page', () => {
    const doc = htmlDocument('<html ng-app="ods.frontend"><body></body></html>');
    const query = jest.spyOn(doc, 'querySelector');
    detectPortal(doc);
    expect(query).not.toHaveBeenCalled();
  });

  it('settles a page without signs with three simple queries, no costly substring selector', () => {
    const doc = loadFixture('pages/plain.html');
    const query = jest.spyOn(doc, 'querySelector');
    const all = jest.spyOn(doc, 'querySelectorAll');
    expect(detectPortal(doc).isPortal).toBe(false);
    expect(query.mock.calls.map(([selector]) => selector)).toEqual(['.ods-front-footer', '.ods-front-header', 'ods-dataset-context']);
    expect(all).not.toHaveBeenCalled();
    // A page embedding a dataset widget has a dataset context: the full check runs, and says no.
    expect(detectPortal(loadFixture('pages/widget-embed.html')).isPortal).toBe(false);
  });
});

describe('rootSign (the every-page check)', () => {
  it.each([
    ['<html ng-app="ods.frontend"><body></body></html>', 'ng-app="ods.frontend"'],
    ['<html data-ng-app=" ods.frontend "><body></body></html>', 'data-ng-app="ods.frontend"'],
    ['<html ng-app="ods.frontend.other"><body></body></html>', null],
    ['<html><body ng-app="ods.frontend"></body></html>', null],
  ])('%s → %s', (html, expected) => {
    expect(rootSign(htmlDocument(html))).toBe(expected);
  });

  it('reads the root attribute and nothing else, even on a page full of weak signs', () => {
    const doc = loadFixture('pages/weak-signs.html');
    const spies = (['querySelector', 'querySelectorAll', 'getElementsByClassName', 'getElementsByTagName'] as const).map((name) => jest.spyOn(doc, name));
    expect(rootSign(doc)).toBeNull();
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    // …while the full check, which the popup asks for, finds the portal.
    expect(detectPortal(doc).isPortal).toBe(true);
  });

  it('agrees with detectPortal on every fixture that has the root attribute', () => {
    for (const fixture of ['pages/portal-home.html', 'pages/portal-home-external-charter.html', 'charters/data.bourgesplus.fr.html', 'pages/plain.html']) {
      const doc = loadFixture(fixture);
      const full = detectPortal(doc);
      expect(rootSign(doc) !== null).toBe(full.confidence === 'strong');
    }
  });
});

describe('isCharterPath', () => {
  it.each([
    ['/terms/cookies-policy', true],
    ['/terms/cookies-policy/', true],
    ['/terms/cookies-information', true],
    ['/terms/cookies-information/', true],
    ['/terms/privacy-policy/', false],
    ['/terms/cookies-policy/pdf/', false],
    ['/explore/', false],
    ['/pages/terms/cookies-policy/', false],
    ['', false],
  ])('%j → %s', (path, expected) => {
    expect(isCharterPath(path)).toBe(expected);
  });
});
