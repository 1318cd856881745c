import { elementText, fold, tidyLines } from '../../../src/core/charter/text';
import { makeBodyFactory } from './load';

const body = makeBodyFactory();
const cellText = (html: string): string => {
  const doc = body(`<table><tr><td>${html}</td></tr></table>`);
  const cell = doc.querySelector('td');
  if (cell === null) throw new Error('no cell');
  return elementText(cell);
};

describe('elementText', () => {
  it.each<[string, string]>([
    ['  sessionid  ', 'sessionid'],
    ['\n        sessionid\n      ', 'sessionid'],
    ['_ga,\n   _gid', '_ga, _gid'],
    ['&nbsp;_pcid&nbsp;', '_pcid'],
    ['a&nbsp;&nbsp;b', 'a b'],
    ['_ga<br>_gid', '_ga\n_gid'],
    ['_ga<br/><br/><br/>_gid<br>', '_ga\n_gid'],
    ['<p>_ga</p><p>&nbsp;</p><p>_gid</p>', '_ga\n_gid'],
    ['<p>Se souvenir.</p><p><br></p>', 'Se souvenir.'],
    ['<div>a</div><div>b</div>', 'a\nb'],
    ['<ul><li>a</li><li>b</li></ul>', 'a\nb'],
    ['<span>a</span><span>b</span>', 'ab'],
    ['<strong>Nom</strong> du <em>prestataire</em>', 'Nom du prestataire'],
    ['x\u200by', 'xy'],
    ['<script>alert(1)</script>', 'alert(1)'],
    ['<img src=x onerror=alert(1)>text', 'text'],
    ['<!-- comment -->text', 'text'],
    ['', ''],
  ])('reads %j as %j', (html, text) => {
    expect(cellText(html)).toBe(text);
  });

  it('stops early with a limit', () => {
    expect(cellText(`<p>${'word '.repeat(1000)}</p>`).length).toBeGreaterThan(4000);
    const doc = body(`<div id="d"><p>${'word '.repeat(1000)}</p></div>`);
    const div = doc.querySelector('#d');
    expect(div === null ? '' : elementText(div, 50).length).toBeLessThan(200);
  });

  it('survives deep nesting (its walk is iterative)', () => {
    // jsdom itself recurses when it tears a tree down, so the depth stays within its reach.
    expect(cellText(`${'<div><span>'.repeat(1000)}deep${'</span></div>'.repeat(1000)}`)).toBe('deep');
  });
});

describe('tidyLines', () => {
  it('collapses spaces per line and drops blank lines', () => {
    expect(tidyLines('  a \t b \n\n \u00a0 \n c ')).toBe('a b\nc');
  });
});

describe('fold', () => {
  it('lower-cases, strips accents, plain quotes', () => {
    expect(fold('Durée d’Expérience «X»')).toBe('duree d\'experience "x"');
  });
});
