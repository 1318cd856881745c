/**
 * Does a charter's text put a cookie under consent ("after your consent", "soumis à votre
 * consentement", "only if you accept")? Exemptions ("sans consentement", "not subject to
 * consent", "exemptés de consentement") are not conditions and must not match.
 */
import { fold } from '../charter/text';

// Matched on folded text (lower case, no accents). Each alternative says the cookie exists only
// once the visitor has agreed.
const UNDER_CONSENT = new RegExp(
  [
    String.raw`\b(?:after|with|subject to|upon|following|requires?|requiring|needs?|based on) (?:your |the user's |the visitor's |user |prior |explicit )*consent`,
    String.raw`\bonly (?:if|when|once|after) (?:you|the user|the visitor) (?:have |has )?(?:accept|agree|consent|opt)`,
    String.raw`\b(?:if|when|once) you (?:have )?(?:accept|agree|consent|opt in|opt-in)`,
    String.raw`\b(?:apres|avec|sous reserve de|soumise?s? a|soumise?s? au|subordonnee?s? a|necessitent|necessite|requiert|requierent) (?:votre |le |l'|du |un |leur |son |prealable |recueil du )*(?:accord|consentement)`,
    String.raw`\b(?:si|lorsque|quand|des que|une fois que|qu'une fois que|que si) vous (?:l'|les )?(?:acceptez|avez accepte|consentez|y consentez|avez consenti|donnez votre accord)`,
    String.raw`\bapres (?:votre )?acceptation`,
  ].join('|'),
  'g',
);

// A negation or exemption close before the phrase cancels it: "ne sont pas soumis à votre
// consentement", "do not require consent", "exemptés du recueil du consentement".
const NEGATION = /(?:\bpas\b|\bnon\b|\bnot\b|n't\b|\bno\b|\bnever\b|\bjamais\b|\bsans\b|\bwithout\b|\bexempt|\bdispens)[^.;!?]{0,24}$/;

/** Folded texts longer than this are cut: charter cells are short, hostile ones are not read whole. */
const MAX_TEXT = 4000;

/**
 * The first of `texts` whose words put the cookie under consent, or undefined.
 * @example underConsent(['Mesure d’audience', 'Déposé uniquement après votre consentement']) // 'Déposé uniquement après votre consentement'
 */
export function underConsent(texts: readonly (string | null | undefined)[]): string | undefined {
  for (const text of texts) {
    if (typeof text !== 'string' || text === '') continue;
    // One space between words: charter cells carry line breaks and non-breaking spaces.
    const folded = fold(text.slice(0, MAX_TEXT)).replace(/\s+/g, ' ');
    for (const match of folded.matchAll(UNDER_CONSENT)) {
      const before = folded.slice(Math.max(0, match.index - 40), match.index);
      if (!NEGATION.test(before)) return text.slice(0, MAX_TEXT).replace(/\s+/g, ' ').trim();
    }
  }
  return undefined;
}
