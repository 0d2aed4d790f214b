/**
 * What the extension may fetch, decided from the URL alone — nothing is sent to find out. A page
 * nobody here controls chooses the links: without this, a page could make the extension (which holds
 * the user's host permissions and cookies) request addresses inside the user's network, or any site
 * the user granted. So a PDF is fetched only when
 * - it is http(s), without a user name or password in the URL;
 * - its host is no private-network, loopback, link-local or local-only name or address;
 * - it is on the page's own site (the same registrable domain: www.shpt.gov.cn and
 *   files.shpt.gov.cn are one site), unless the user allowed PDFs of other sites in the options;
 * and, after the fetch, the address it was finally served from (redirects) passes the same rules.
 * What remains (docs/security.md): a public name that resolves to a private address (DNS is not
 * consulted), and the one request a same-site server's redirect to a private address has made before
 * its answer is thrown away.
 */
import { DEV_HOSTS } from './settings';

export type FetchDecision = { ok: true } | { ok: false; reason: { zh: string; en: string } };

const REFUSED = {
  scheme: { zh: '只核对 http(s) 链接的 PDF', en: 'only PDFs of http(s) links are checked' },
  credentials: { zh: '链接中含有用户名或密码，不下载', en: 'the link holds a user name or password: not fetched' },
  private: {
    zh: '链接指向内部网络或本机地址，扩展不会访问',
    en: 'the link points into a private network or this computer: the extension does not go there',
  },
  otherSite: {
    zh: 'PDF 在另一个网站上：如需核对其他网站的 PDF，请在设置中允许',
    en: 'the PDF is on another site: allow PDFs of other sites in the settings to check it',
  },
} as const;

/** Whether the extension may fetch `url` for a page at `pageUrl` (undefined: no page, the address alone). */
export function pdfFetchDecision(url: string, pageUrl: string | undefined, allowOtherSites: boolean): FetchDecision {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, reason: REFUSED.scheme };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { ok: false, reason: REFUSED.scheme };
  if (u.username || u.password) return { ok: false, reason: REFUSED.credentials };
  // A test build's own hosts (127.0.0.1): its real-browser tests serve their pages there.
  if (DEV_HOSTS.includes(u.hostname)) return { ok: true };
  if (isPrivateHost(u.hostname)) return { ok: false, reason: REFUSED.private };
  if (pageUrl === undefined || allowOtherSites) return { ok: true };
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return { ok: false, reason: REFUSED.otherSite };
  }
  return siteOfHost(page.hostname) === siteOfHost(u.hostname) ? { ok: true } : { ok: false, reason: REFUSED.otherSite };
}

/** Names that resolve only inside a network or on this computer (RFC 6761, 6762, 8375 and common practice). */
const LOCAL_SUFFIXES = [
  'localhost',
  'local',
  'localdomain',
  'internal',
  'intranet',
  'lan',
  'home',
  'home.arpa',
  'corp',
  'private',
  'test',
  'invalid',
];

/**
 * Whether a URL's hostname (as WHATWG URL normalises it: IPv4 in dotted decimal whatever its written
 * form, IPv6 in brackets and compressed hex) is not a public internet host.
 */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === '') return true;
  if (host.startsWith('[')) return isPrivateIpv6(host.slice(1, -1));
  const v4 = ipv4(host);
  if (v4) return isPrivateIpv4(v4);
  // A name without a dot is resolved in the local network ("http://fileserver/").
  if (!host.includes('.')) return true;
  return LOCAL_SUFFIXES.some((s) => host === s || host.endsWith(`.${s}`));
}

function ipv4(host: string): number[] | undefined {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return undefined;
  const bytes = parts.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : undefined;
}

/** Not globally routable (RFC 6890 and its updates): private, loopback, link-local, shared, reserved. */
function isPrivateIpv4([a, b, c]: number[]): boolean {
  if (a === undefined || b === undefined || c === undefined) return true;
  return (
    a === 0 || // this network
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local (cloud metadata services live here)
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && (c === 0 || c === 2)) || // IETF protocol assignments, TEST-NET-1
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    (a === 198 && b === 51 && c === 100) || // TEST-NET-2
    (a === 203 && b === 0 && c === 113) || // TEST-NET-3
    a >= 224 // multicast, reserved, broadcast
  );
}

function isPrivateIpv6(address: string): boolean {
  const groups = ipv6Groups(address);
  if (!groups) return true;
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups as [number, number, number, number, number, number, number, number];
  if (groups.every((g) => g === 0)) return true; // ::
  if (groups.slice(0, 7).every((g) => g === 0) && g7 === 1) return true; // ::1
  // IPv4 written inside IPv6: mapped (::ffff:a.b.c.d), compatible (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d).
  const embedded = [g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff];
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && (g5 === 0xffff || g5 === 0))
    return isPrivateIpv4(embedded);
  if (g0 === 0x64 && g1 === 0xff9b) return isPrivateIpv4(embedded);
  return (
    (g0 & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (g0 & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (g0 & 0xffc0) === 0xfec0 || // site-local (deprecated) fec0::/10
    (g0 & 0xff00) === 0xff00 || // multicast
    (g0 === 0x2001 && g1 === 0x0db8) || // documentation
    (g0 === 0x0100 && g1 === 0 && g2 === 0 && g3 === 0) // discard
  );
}

/** The eight 16-bit groups of an IPv6 address (with `::` and a trailing dotted IPv4), or undefined. */
function ipv6Groups(address: string): number[] | undefined {
  let text = address.split('%')[0] ?? '';
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = ipv4(dotted[1] as string);
    if (!v4) return undefined;
    const [a, b, c, d] = v4 as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const head = parse(halves[0] ?? '');
  const tail = halves.length === 2 ? parse(halves[1] ?? '') : [];
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  const groups = [...head, ...Array<number>(Math.max(0, fill)).fill(0), ...tail];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}

/**
 * Second-level domains under which each name is its own site (the part of the public suffix list that
 * government and budget sites use): shpt.gov.cn, not gov.cn, is a site.
 */
const SECOND_LEVEL = new Set([
  ...['gov', 'com', 'net', 'org', 'edu', 'ac', 'mil'].map((s) => `${s}.cn`),
  ...'bj sh tj cq he sx nm ln jl hl js zj ah fj jx sd ha hb hn gd gx hi sc gz yn xz sn gs qh nx xj tw hk mo'
    .split(' ')
    .map((p) => `${p}.cn`),
  ...['gov', 'com', 'org', 'edu', 'net', 'idv'].flatMap((s) => [`${s}.hk`, `${s}.mo`, `${s}.tw`]),
  ...['gov', 'co', 'org', 'ac', 'me', 'ltd', 'plc', 'net'].map((s) => `${s}.uk`),
  ...['gov', 'com', 'org', 'edu', 'net'].map((s) => `${s}.au`),
  ...['co', 'go', 'or', 'ac', 'ne'].map((s) => `${s}.jp`),
]);

/** A host's site: an IP address is its own; a name is its registrable domain as far as SECOND_LEVEL knows. */
export function siteOfHost(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[') || ipv4(host)) return host;
  const labels = host.split('.');
  const keep = labels.length >= 3 && SECOND_LEVEL.has(labels.slice(-2).join('.')) ? 3 : 2;
  return labels.slice(-keep).join('.');
}
