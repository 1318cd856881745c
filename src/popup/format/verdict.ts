/** The one line that says at a glance whether the charter tells the truth. */
import type { Report } from '../../core/types';
import type { Tone } from './labels';
import { PROBLEM_FLAGS } from './labels';
import { plural, type Locale, type MsgKey } from './locale';

export interface Verdict {
  tone: Tone;
  text: string;
  /** A second sentence about lifetimes, when some contradict the charter or the CNIL. */
  note: string;
}

/** The keys whose wording names the portal's charter, and their twins that name the site's declaration. */
type SiteWorded = 'verdictUndeclaredOne' | 'verdictUndeclaredMany' | 'verdictAllDeclared' | 'verdictNoCookies' | 'verdictDurationsOne' | 'verdictDurationsMany';

/**
 * Undeclared cookies decide first (red), then cookies only a nameless category covers (amber);
 * lifetimes that disagree add a note and make an otherwise good verdict amber. `site`: the
 * declaration is any site's (a cookie policy, a consent platform's configuration), not a portal's
 * charter, and the words say so.
 * @example verdict(report, en).text // "3 cookies are not declared in the charter"
 */
export function verdict(report: Report, L: Locale, site = false): Verdict {
  const { undeclared, vague, observed } = report.summary;
  const durations = report.rows.filter((r) => r.flags.some((f) => PROBLEM_FLAGS.includes(f))).length;
  /** "1 cookie is…" / "3 cookies are…": French and English agree in number. */
  const key = (k: SiteWorded): MsgKey => (site ? `${k}Site` : k);
  const count = (n: number, one: MsgKey, many: MsgKey) => L.t(plural(n, L.lang, one, many), n);
  const note = durations ? count(durations, key('verdictDurationsOne'), key('verdictDurationsMany')) : '';
  if (undeclared) return { tone: 'bad', text: count(undeclared, key('verdictUndeclaredOne'), key('verdictUndeclaredMany')), note };
  if (vague) return { tone: 'warn', text: count(vague, 'verdictVagueOne', 'verdictVagueMany'), note };
  if (!observed) return { tone: 'none', text: L.t(key('verdictNoCookies')), note };
  return { tone: durations ? 'warn' : 'ok', text: L.t(key('verdictAllDeclared')), note };
}
