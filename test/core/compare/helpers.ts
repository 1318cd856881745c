/** Builders shared by the comparison and export tests. */
import type { Declaration, DeclaredEntry, ObservedCookie } from '../../../src/core/types';

export const NOW = 1_800_000_000;
export const PAGE = 'https://data.example.test/explore/';

export function entry(names: string[], extra: Partial<DeclaredEntry> = {}): DeclaredEntry {
  return {
    names,
    provider: 'Opendatasoft',
    service: '',
    purpose: '',
    durationText: '',
    maxAgeSeconds: null,
    session: false,
    conditional: false,
    condition: null,
    section: '',
    category: 'necessary',
    ...extra,
  };
}

export function declaration(entries: DeclaredEntry[], extra: Partial<Declaration> = {}): Declaration {
  return { title: 'Charte cookies', url: 'https://data.example.test/terms/cookies-policy/', entries, ...extra };
}

/** A first-party cookie living `lifetime` seconds from NOW (null: a session cookie). */
export function cookie(name: string, lifetime: number | null = 3600, extra: Partial<ObservedCookie> = {}): ObservedCookie {
  const c: ObservedCookie = {
    name,
    domain: 'data.example.test',
    path: '/',
    hostOnly: true,
    secure: true,
    httpOnly: false,
    sameSite: 'lax',
    session: lifetime === null,
    valueLength: 8,
    storeId: '0',
    ...extra,
  };
  if (lifetime !== null) c.expirationDate = NOW + lifetime;
  return c;
}
