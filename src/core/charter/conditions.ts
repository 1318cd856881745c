/**
 * Finds the sentence of a charter cell that makes a cookie conditional: multilingual portal,
 * signed-in user, consent given.
 */
import { fold } from './text';

// Matched on folded text (lower case, no accents). Each alternative is a phrase a charter
// uses to restrict when the cookie exists, not a general mention of consent: "sans
// consentement" / "without consent" are exemptions, not conditions.
const CONDITION = new RegExp(
  [
    String.raw`\bonly (?:if|when|for|after|once|in case|where)\b`,
    String.raw`\b(?:if|when|once) (?:you are|you're|the user is) (?:logged|signed|connected|authenticated)`,
    String.raw`\b(?:for|to) (?:the )?(?:signed|logged)[- ]in users?\b`,
    String.raw`\b(?:after|with|subject to|upon|following) (?:your |the user's |user )?(?:prior )?consent`,
    String.raw`\b(?:if|when|once) you (?:accept|agree|consent|opt in)`,
    // "determine if the user's browser supports cookies" asks whether, it sets no condition.
    String.raw`(?<!\b(?:determines?|checks?|detects?|tests?|verif(?:y|ies)|know|see|tell|identify|identifies) )\bif the (?:portal|platform|site|website|user)\b`,
    String.raw`\b(?:uniquement|seulement|exclusivement) (?:si|lorsqu|quand|pour|apres|en cas|dans le cas|aux)`,
    String.raw`\bque (?:si|lorsqu|quand|pour les utilisateurs|apres)`,
    String.raw`\b(?:pour les|aux) (?:seuls )?utilisateurs (?:connectes|authentifies|identifies)\b`,
    String.raw`\bsi vous (?:etes|vous etes) (?:connecte|identifie|authentifie)`,
    String.raw`\b(?:apres|avec|sous reserve de|soumis a) (?:votre |le |l'|du )?(?:accord|consentement)`,
    String.raw`\b(?:si|lorsque|quand|des que|une fois que) vous (?:acceptez|avez accepte|consentez|y consentez)`,
    String.raw`\bsi le (?:portail|site|visiteur)\b`,
  ].join('|'),
);

// Sentence ends: ". ", "! ", "? ", ";" or a line break, keeping the punctuation.
const SENTENCE_END = /(?<=[.!?;])\s+|\n+/;

/**
 * The sentence that sets a condition, verbatim and trimmed, or null.
 * @example findCondition('Remembers the language. This cookie is activated only if the portal is available in multiple languages.')
 * // → 'This cookie is activated only if the portal is available in multiple languages.'
 */
export function findCondition(text: string): string | null {
  if (typeof text !== 'string' || text === '') return null;
  // Quick reject on the whole text before splitting it into sentences.
  if (!CONDITION.test(fold(text))) return null;
  for (const sentence of text.split(SENTENCE_END)) {
    const trimmed = sentence.replace(/\s+/g, ' ').trim();
    if (trimmed !== '' && CONDITION.test(fold(trimmed))) return trimmed;
  }
  // The match straddled a sentence break: the whole text is the best evidence we have.
  return text.replace(/\s+/g, ' ').trim();
}
