/** Expected declarations for the charter fixtures, written out by hand from the pages. */
import type { DeclaredEntry } from '../../../src/core/types';

/** An entry with the defaults of a row without duration or condition. */
export function entry(fields: Partial<DeclaredEntry> & Pick<DeclaredEntry, 'names' | 'section' | 'category'>): DeclaredEntry {
  return {
    provider: '',
    service: '',
    purpose: '',
    durationText: '',
    maxAgeSeconds: null,
    session: false,
    conditional: false,
    condition: null,
    ...fields,
  };
}

export const DAY = 86_400;
export const MONTH = 2_629_800;
export const YEAR = 31_557_600;

const NECESSARY_FR = 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels';

/** The four Opendatasoft rows of the older French template, as the five real charters have them. */
export function odsFrenchRows(lastPurpose = 'Se souvenir du choix opéré par le visiteur concernant les cookies'): DeclaredEntry[] {
  const row = (name: string, service: string, purpose: string): DeclaredEntry =>
    entry({ names: [name], provider: 'Opendatasoft', service, purpose, section: NECESSARY_FR, category: 'necessary' });
  return [
    row('sessionid', 'Authentification (front et back office)', "Se souvenir de l'utilisateur d'une page à une autre."),
    row('django_language', 'Sélection de la langue (front et back office)', 'Se souvenir de la langue du visiteur'),
    row('csrftoken', 'API (CSRF) (front et back office)', 'Récupérer des données via des appels API'),
    row('cookies_preferences', 'Choix concernant vos préférences sur les cookies', lastPurpose),
  ];
}

export const SAINT_NAZAIRE_AUDIENCE = entry({
  names: [],
  service: "Mesure d'audience (front et back office)",
  purpose: 'Distinguer les utilisateurs uniques en attribuant un numéro généré aléatoirement comme identifiant client',
  section: NECESSARY_FR,
  category: 'statistics',
});
