/** Header, duration, section and name words beyond French and English, and platform wordings. */
import { findCondition } from '../../../src/core/charter/conditions';
import { parseDuration } from '../../../src/core/charter/durations';
import { classifyHeader, headerKind } from '../../../src/core/charter/headers';
import { splitNames } from '../../../src/core/charter/names';
import { categorize } from '../../../src/core/charter/sections';
import { DAY, MONTH, YEAR } from './expected';

describe('classifyHeader in DE, ES, IT, NL and consent-platform tables', () => {
  it.each([
    // German
    ['Name', 'name'],
    ['Cookie-Name', 'name'],
    ['Bezeichnung', 'name'],
    ['Anbieter', 'provider'],
    ['Drittanbieter', 'provider'],
    ['Zweck', 'purpose'],
    ['Verwendungszweck', 'purpose'],
    ['Beschreibung', 'purpose'],
    ['Laufzeit', 'duration'],
    ['Speicherdauer', 'duration'],
    ['Maximale Speicherdauer', 'duration'],
    ['Ablauf', 'duration'],
    ['Typ', null],
    ['Kategorie', null],
    // Spanish
    ['Nombre', 'name'],
    ['Nombre de la cookie', 'name'],
    ['Proveedor', 'provider'],
    ['Finalidad', 'purpose'],
    ['Propósito', 'purpose'],
    ['Descripción', 'purpose'],
    ['Duración', 'duration'],
    ['Caducidad', 'duration'],
    ['Vencimiento', 'duration'],
    ['Tipo', null],
    ['Categoría', null],
    // Italian
    ['Nome', 'name'],
    ['Nome del cookie', 'name'],
    ['Fornitore', 'provider'],
    ['Finalità', 'purpose'],
    ['Scopo', 'purpose'],
    ['Descrizione', 'purpose'],
    ['Durata', 'duration'],
    ['Scadenza', 'duration'],
    ['Dominio', null],
    // Dutch
    ['Naam', 'name'],
    ['Aanbieder', 'provider'],
    ['Leverancier', 'provider'],
    ['Doel', 'purpose'],
    ['Doeleinde', 'purpose'],
    ['Omschrijving', 'purpose'],
    ['Functie', 'purpose'],
    ['Bewaartermijn', 'duration'],
    ['Vervaldatum', 'duration'],
    ['Looptijd', 'duration'],
    ['Duur', 'duration'],
    ['Maximale opslagduur', 'duration'],
    ['Type', null],
    ['Domein', null],
    // Cookiebot (FR), OneTrust, CookieYes, Complianz
    ['Nom', 'name'],
    ['Fournisseur', 'provider'],
    ['But', 'purpose'],
    ["Date d'expiration", 'duration'],
    ['Maximum Storage Duration', 'duration'],
    ['Cookie Subgroup', null],
    ['Cookies', 'name'],
    ['Cookies used', null],
    ['Lifespan', 'duration'],
    ['Cookie', 'name'],
    ['Duration', 'duration'],
    ['Description', 'purpose'],
    ['Usage', 'purpose'],
    ['Expiration', 'duration'],
    ['Retention', 'duration'],
    ['Function', 'purpose'],
    ['Set by', 'provider'],
  ])('%j → %s', (text, column) => {
    expect(classifyHeader(text)).toBe(column);
  });

  it('tells a skipped column (null) from text that is no header (undefined)', () => {
    expect(headerKind('Typ')).toBeNull();
    expect(headerKind('Google Analytics')).toBeUndefined();
    expect(headerKind('Butter')).toBeUndefined();
  });
});

describe('parseDuration in DE, ES, IT, NL', () => {
  it.each<[string, number]>([
    ['2 Jahre', 2 * YEAR],
    ['1 Jahr', YEAR],
    ['ein Jahr', YEAR],
    ['30 Tage', 30 * DAY],
    ['1 Tag', DAY],
    ['ein Tag', DAY],
    ['13 Monate', 13 * MONTH],
    ['30 Minuten', 1800],
    ['24 Stunden', DAY],
    ['1 Jahr und 6 Monate', YEAR + 6 * MONTH],
    ['1 año', YEAR],
    ['2 años', 2 * YEAR],
    ['un año', YEAR],
    ['30 días', 30 * DAY],
    ['24 horas', DAY],
    ['6 meses', 6 * MONTH],
    ['1 mes', MONTH],
    ['12 mesi', YEAR],
    ['1 anno', YEAR],
    ['un anno', YEAR],
    ['2 anni', 2 * YEAR],
    ['30 giorni', 30 * DAY],
    ['1 mese', MONTH],
    ['30 minuti', 1800],
    ['1 jaar', YEAR],
    ['2 jaren', 2 * YEAR],
    ['één jaar', YEAR],
    ['30 dagen', 30 * DAY],
    ['6 maanden', 6 * MONTH],
    ['2 weken', 14 * DAY],
    ['1 uur', 3600],
    ['un an', YEAR],
    ['one year', YEAR],
    ['7 days', 7 * DAY],
    ['1 year 1 month 4 days', YEAR + MONTH + 4 * DAY],
    ['364 Days, 364 Days', 364 * DAY],
    ['Session, 3650 Days', 3650 * DAY],
  ])('%j', (text, seconds) => {
    expect(parseDuration(text)).toEqual({ maxAgeSeconds: seconds, session: false });
  });

  it.each(['Sitzung', 'Session', 'Ende der Sitzung', 'sesión', 'Sesión', 'sessione', 'Sessione', 'sessie', 'Sessie', 'bis der Browser geschlossen wird'])(
    '%j is a session cookie',
    (text) => {
      expect(parseDuration(text)).toEqual({ maxAgeSeconds: null, session: true });
    },
  );

  it.each(['Persistent', 'persistente', 'Persistant', 'Few seconds', 'never'])('%j names no lifetime and no session', (text) => {
    expect(parseDuration(text)).toEqual({ maxAgeSeconds: null, session: false });
  });

  it('does not read the article before "Tag" as a quantity', () => {
    expect(parseDuration('Set by a tag of the page')).toEqual({ maxAgeSeconds: null, session: false });
  });
});

describe('categorize in DE, ES, IT, NL and platform labels', () => {
  it.each([
    ['Notwendige Cookies', 'necessary'],
    ['Unbedingt erforderlich', 'necessary'],
    ['Technisch notwendige Cookies', 'necessary'],
    ['Statistik', 'statistics'],
    ['Analyse', 'statistics'],
    ['Marketing', 'marketing'],
    ['Werbung', 'marketing'],
    ['Präferenzen', 'functional'],
    ['Funktional', 'functional'],
    ['Necesarias', 'necessary'],
    ['Estrictamente necesarias', 'necessary'],
    ['Cookies técnicas', 'necessary'],
    ['Analíticas', 'statistics'],
    ['Estadísticas', 'statistics'],
    ['Publicidad', 'marketing'],
    ['Preferencias', 'functional'],
    ['Funcionales', 'functional'],
    ['Necessari', 'necessary'],
    ['Tecnici', 'necessary'],
    ['Statistiche', 'statistics'],
    ['Analitici', 'statistics'],
    ['Pubblicità', 'marketing'],
    ['Profilazione', 'marketing'],
    ['Preferenze', 'functional'],
    ['Funzionali', 'functional'],
    ['Noodzakelijk', 'necessary'],
    ['Functioneel', 'necessary'],
    ['Functionele cookies', 'necessary'],
    ['Statistieken', 'statistics'],
    ['Analytisch', 'statistics'],
    ['Advertenties', 'marketing'],
    ['Voorkeuren', 'functional'],
    ['Necessary (3)', 'necessary'],
    ['Preferences (1)', 'functional'],
    ['Statistics (2)', 'statistics'],
    ['Marketing (5)', 'marketing'],
    ['Unclassified (1)', 'unknown'],
    ['Strictly Necessary Cookies', 'necessary'],
    ['Performance Cookies', 'statistics'],
    ['Functional Cookies', 'functional'],
    ['Targeting Cookies', 'marketing'],
  ])('%j → %s', (heading, category) => {
    expect(categorize(heading)).toBe(category);
  });
});

describe('platform details', () => {
  it("drops Cookiebot's domain count from a name", () => {
    expect(splitNames('__cf_bm [x2] ')).toEqual(['__cf_bm']);
    expect(splitNames('CookieConsent [x17]')).toEqual(['CookieConsent']);
    expect(splitNames('_ga_#')).toEqual(['_ga_#']);
  });

  it('reads "determine if the user…" as a question, not a condition', () => {
    expect(findCondition("It helps determine if the user's browser can display emojis properly.")).toBeNull();
    expect(findCondition('doubleclick.net sets this cookie to determine if the user browser supports cookies.')).toBeNull();
    expect(findCondition('Set if the user is signed in.')).toBe('Set if the user is signed in.');
  });
});
