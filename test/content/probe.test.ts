/**
 * @jest-environment jsdom
 */
/** probe.ts: the full portal check whose result executeScript reports (its `signs`). */
function probeOf(html: string, rootAttrs = ''): { isPortal: boolean } {
  document.documentElement.innerHTML = html;
  for (const a of Array.from(document.documentElement.attributes)) document.documentElement.removeAttribute(a.name);
  if (rootAttrs) document.documentElement.setAttribute('ng-app', rootAttrs);
  let signs: { isPortal: boolean } = { isPortal: false };
  jest.isolateModules(() => {
    signs = (require('../../src/content/probe') as { signs: { isPortal: boolean } }).signs;
  });
  return signs;
}

describe('probe', () => {
  it('finds a portal by its weaker signs, without the root attribute', () => {
    expect(probeOf('<body><nav class="ods-front-header"></nav><footer class="ods-front-footer"></footer></body>').isPortal).toBe(true);
  });

  it('finds no portal on a plain page, nor on a page that only embeds a widget', () => {
    expect(probeOf('<body><p>Hello</p></body>').isPortal).toBe(false);
    expect(probeOf('<body><ods-dataset-context></ods-dataset-context><div class="odswidget-table"></div></body>').isPortal).toBe(false);
  });

  it('finds a portal by its root attribute', () => {
    expect(probeOf('<body></body>', 'ods.frontend').isPortal).toBe(true);
  });
});
