/**
 * Registrable domains ("eTLD+1"): `data.laregion.fr` → `laregion.fr`, `a.b.co.uk` → `b.co.uk`.
 *
 * This approximates the Public Suffix List with the multi-label suffixes a French open-data
 * portal and its trackers meet, plus common hosting platforms. The full list is ~250 kB and
 * changes weekly; the core runs offline in a small bundle, and a mistake here only moves the
 * `third-party` flag for hosts under an unlisted multi-label suffix (treated as their parent).
 */

const MULTI_LABEL_SUFFIXES = new Set([
  // United Kingdom
  'co.uk', 'org.uk', 'gov.uk', 'ac.uk', 'me.uk', 'ltd.uk', 'plc.uk', 'net.uk', 'sch.uk', 'nhs.uk', 'police.uk',
  // France (the PSL keeps these second-level domains)
  'gouv.fr', 'asso.fr', 'nom.fr', 'com.fr', 'prd.fr', 'tm.fr', 'cci.fr', 'greta.fr', 'notaires.fr', 'port.fr',
  'avocat.fr', 'avoues.fr', 'aeroport.fr', 'medecin.fr', 'pharmacien.fr', 'veterinaire.fr', 'chambagri.fr',
  'huissier-justice.fr', 'geometre-expert.fr', 'experts-comptables.fr', 'chirurgiens-dentistes.fr',
  // Elsewhere
  'com.au', 'net.au', 'org.au', 'edu.au', 'gov.au', 'asn.au', 'id.au',
  'co.jp', 'ne.jp', 'or.jp', 'ac.jp', 'go.jp', 'ed.jp', 'ad.jp', 'gr.jp', 'lg.jp',
  'com.br', 'net.br', 'org.br', 'gov.br', 'edu.br',
  'com.cn', 'net.cn', 'org.cn', 'gov.cn', 'edu.cn',
  'co.nz', 'org.nz', 'govt.nz', 'ac.nz', 'co.za', 'org.za', 'gov.za',
  'co.in', 'net.in', 'org.in', 'gov.in', 'co.kr', 'or.kr', 'co.il', 'org.il',
  'com.mx', 'com.ar', 'com.tr', 'com.sg', 'com.hk', 'com.tw', 'com.es', 'com.pl', 'net.pl', 'org.pl',
  'co.at', 'or.at', 'gv.at', 'ac.at', 'com.pt', 'com.ua', 'co.id', 'co.th', 'com.my', 'com.ph',
  'gc.ca', 'qc.ca', 'ac.be', 'gov.it', 'admin.ch', 'com.ro', 'com.gr', 'com.cy', 'com.mt',
  // Hosting platforms (PSL private section): each customer is its own site
  'github.io', 'gitlab.io', 'herokuapp.com', 'netlify.app', 'vercel.app', 'pages.dev', 'workers.dev',
  'web.app', 'firebaseapp.com', 'appspot.com', 'azurewebsites.net', 'cloudfront.net', 'blogspot.com',
  's3.amazonaws.com', 'onrender.com', 'fly.dev', 'glitch.me', 'readthedocs.io', 'ngrok.io', 'ngrok-free.app',
  'r.appspot.com',
]);

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** Lower-cased host without brackets, leading dots or a trailing dot. */
function cleanHost(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  let start = 0;
  while (h[start] === '.') start++;
  h = h.slice(start);
  return h.endsWith('.') ? h.slice(0, -1) : h;
}

/**
 * The registrable domain of a host or cookie domain; IP addresses and `localhost` are their own.
 * @example
 * registrableDomain('.data.laregion.fr') // 'laregion.fr'
 * registrableDomain('www.service-public.gouv.fr') // 'service-public.gouv.fr'
 * registrableDomain('127.0.0.1') // '127.0.0.1'
 */
export function registrableDomain(host: string): string {
  const h = cleanHost(host);
  if (h === '' || h === 'localhost' || IPV4.test(h) || h.includes(':')) return h;
  const labels = h.split('.');
  let suffixLabels = 1;
  for (const n of [3, 2]) {
    if (labels.length >= n && MULTI_LABEL_SUFFIXES.has(labels.slice(-n).join('.'))) {
      suffixLabels = n;
      break;
    }
  }
  if (labels.length <= suffixLabels) return h;
  return labels.slice(-(suffixLabels + 1)).join('.');
}

/** The host name of a URL, lower-cased without IPv6 brackets; '' when the URL is not parseable. */
export function hostFromUrl(url: string): string {
  try {
    const host = new URL(url).hostname;
    return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  } catch {
    return '';
  }
}
