/**
 * Which addresses the extension may request for a portal page: never a loopback, private,
 * link-local or otherwise local address, nor a non-default port, unless the portal itself is on
 * such an address and port. Every fetch site (content script and background) asks this first,
 * and asks it again of the address a response finally came from.
 *
 * What it cannot see:
 * - DNS. A public-looking name may resolve to 127.0.0.1 or a LAN address (DNS rebinding; the
 *   demo portal's `.test` names do exactly that). Chrome gives extensions no resolver, so names
 *   are judged by how they are written only; the address literal forms are caught because
 *   `new URL()` normalises them (`http://2130706433/`, `http://0x7f.1/` → `127.0.0.1`).
 * - Redirect hops. fetch follows redirects itself, and `redirect: 'manual'` gives an opaque
 *   response in browsers, so only the final `response.url` can be checked: an intermediate hop
 *   to a local address has been requested by then; its body is discarded, never read.
 */

/** How a URL's host is written. `public`: a name, or a public IP address literal. */
export type AddressKind = 'public' | 'loopback' | 'private' | 'link-local' | 'local-name' | 'unspecified' | 'reserved';

/** [first address as a 32-bit number, prefix length, kind] */
const IPV4_RANGES: readonly [number, number, AddressKind][] = [
  [ipv4(0, 0, 0, 0), 8, 'unspecified'], // 0.0.0.0 reaches the machine itself on Linux and macOS
  [ipv4(127, 0, 0, 0), 8, 'loopback'],
  [ipv4(10, 0, 0, 0), 8, 'private'],
  [ipv4(172, 16, 0, 0), 12, 'private'],
  [ipv4(192, 168, 0, 0), 16, 'private'],
  [ipv4(100, 64, 0, 0), 10, 'private'], // carrier-grade NAT
  [ipv4(169, 254, 0, 0), 16, 'link-local'],
  [ipv4(224, 0, 0, 0), 3, 'reserved'], // multicast, reserved and broadcast
];

/** Names that resolve on the machine or the local network only. */
const LOCAL_NAME = /(?:^|\.)(?:localhost|local|internal|home\.arpa|lan|intranet)$/;

function ipv4(a: number, b: number, c: number, d: number): number {
  return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
}

function ipv4Kind(address: number): AddressKind {
  for (const [first, prefix, kind] of IPV4_RANGES) {
    if (address >>> (32 - prefix) === first >>> (32 - prefix)) return kind;
  }
  return 'public';
}

const hexGroups = (s: string) => (s === '' ? [] : s.split(':').map((g) => Number.parseInt(g, 16)));

/** The eight 16-bit groups of a normalised IPv6 literal (as `URL` writes it: no brackets), or null. */
function ipv6Groups(text: string): number[] | null {
  const [head = '', tail] = text.split('::');
  const [before, after] = [hexGroups(head), tail === undefined ? [] : hexGroups(tail)];
  const groups = tail === undefined ? before : [...before, ...Array<number>(8 - before.length - after.length).fill(0), ...after];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

function ipv6Kind(groups: number[]): AddressKind {
  const [g0 = 0, , , , , g5 = 0, g6 = 0, g7 = 0] = groups;
  const zeroUntil = (n: number) => groups.slice(0, n).every((g) => g === 0);
  if (zeroUntil(8)) return 'unspecified';
  if (zeroUntil(7) && g7 === 1) return 'loopback';
  // An IPv4 address inside IPv6 (::ffff:a.b.c.d mapped, ::a.b.c.d compatible) is judged as IPv4.
  if (zeroUntil(5) && (g5 === 0xffff || g5 === 0)) return ipv4Kind(((g6 << 16) | g7) >>> 0);
  if ((g0 & 0xfe00) === 0xfc00) return 'private'; // fc00::/7 unique local
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local'; // fe80::/10
  if ((g0 & 0xff00) === 0xff00) return 'reserved'; // multicast
  return 'public';
}

/**
 * The kind of address a URL's host names, as `new URL()` normalised it.
 * @example addressKind(new URL('http://0x7f.0.0.1/').hostname) // → 'loopback'
 */
export function addressKind(hostname: string): AddressKind {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[') && host.endsWith(']')) {
    const groups = ipv6Groups(host.slice(1, -1));
    return groups === null ? 'reserved' : ipv6Kind(groups);
  }
  const dotted = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (dotted) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted.slice(1).map(Number);
    return ipv4Kind(ipv4(a, b, c, d));
  }
  // A single label (`http://intranet/`) is looked up in the local search domains.
  if (!host.includes('.') || LOCAL_NAME.test(host)) return host === 'localhost' || host.endsWith('.localhost') ? 'loopback' : 'local-name';
  return 'public';
}

function toUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

const DESCRIBED: Record<Exclude<AddressKind, 'public'>, string> = {
  loopback: 'a loopback address',
  private: 'a private network address',
  'link-local': 'a link-local address',
  'local-name': 'a local network name',
  unspecified: 'an unspecified address',
  reserved: 'a reserved address',
};

/**
 * Why the extension must not request `target` for the portal page at `pageUrl`, or undefined
 * when it may: the same host and port as the page; else an address of public kind (or of the
 * page's own kind) on the default port (or on the page's own port).
 * @example requestRefusal('https://data.x.fr/', 'http://127.0.0.1/terms/') // → 'a loopback address'
 * @example requestRefusal('http://portal.test:8080/', 'http://other.test:8080/charte') // → undefined
 */
export function requestRefusal(pageUrl: string, target: string): string | undefined {
  const page = toUrl(pageUrl);
  const url = toUrl(target);
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) return 'not a web address';
  if (page === null || (page.protocol !== 'http:' && page.protocol !== 'https:')) return 'asked for a page that is not a web page';
  if (url.username !== '' || url.password !== '') return 'an address with a user name or password';
  if (url.hostname === page.hostname && url.port === page.port) return undefined;
  const kind = addressKind(url.hostname);
  if (kind !== 'public' && kind !== addressKind(page.hostname)) return DESCRIBED[kind];
  // URL leaves `port` empty for the scheme's default one.
  if (url.port !== '' && url.port !== page.port) return `a non-default port (${url.port})`;
  return undefined;
}

/** Whether the extension may request `target` for the portal page at `pageUrl` (see requestRefusal). */
export function mayRequest(pageUrl: string, target: string): boolean {
  return requestRefusal(pageUrl, target) === undefined;
}
