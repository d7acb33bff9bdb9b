import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

interface Address {
  family: 4 | 6;
  value: bigint;
}

interface Range {
  family: 4 | 6;
  base: bigint;
  bits: number;
  label: string;
}

const parseV4 = (ip: string): bigint =>
  ip.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);

const parseV6 = (ip: string): bigint => {
  let text = ip.toLowerCase().replace(/%.*$/, '');
  // A dotted IPv4 tail (::ffff:1.2.3.4) becomes two hex groups.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = parseV4(dotted[1]!);
    text = `${text.slice(0, dotted.index)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
};

const parseAddress = (ip: string): Address | null => {
  const family = isIP(ip);
  if (family === 4) return { family: 4, value: parseV4(ip) };
  if (family === 6) return { family: 6, value: parseV6(ip) };
  return null;
};

const range = (cidr: string, label: string): Range => {
  const [ip, bits] = cidr.split('/');
  const address = parseAddress(ip!);
  if (!address) throw new Error(`not an address: ${cidr}`);
  const max = address.family === 4 ? 32 : 128;
  return { ...address, base: address.value, bits: bits === undefined ? max : Number(bits), label };
};

const contains = (r: Range, a: Address): boolean => {
  if (r.family !== a.family) return false;
  const shift = BigInt((a.family === 4 ? 32 : 128) - r.bits);
  return a.value >> shift === r.base >> shift;
};

/** Addresses a tenant-chosen URL must never reach (IANA special-purpose registries). */
const REFUSED: Range[] = [
  range('0.0.0.0/8', 'unspecified'),
  range('10.0.0.0/8', 'private'),
  range('100.64.0.0/10', 'carrier-grade NAT'),
  range('127.0.0.0/8', 'loopback'),
  range('169.254.0.0/16', 'link-local'),
  range('172.16.0.0/12', 'private'),
  range('192.0.0.0/24', 'reserved'),
  range('192.0.2.0/24', 'documentation'),
  range('192.88.99.0/24', 'reserved'),
  range('192.168.0.0/16', 'private'),
  range('198.18.0.0/15', 'reserved'),
  range('198.51.100.0/24', 'documentation'),
  range('203.0.113.0/24', 'documentation'),
  range('224.0.0.0/4', 'multicast'),
  range('240.0.0.0/4', 'reserved'),
  range('::/128', 'unspecified'),
  range('::1/128', 'loopback'),
  range('::/96', 'IPv4-compatible'),
  range('64:ff9b:1::/48', 'private NAT64'),
  range('100::/64', 'discard'),
  range('2001::/32', 'Teredo'),
  range('2001:db8::/32', 'documentation'),
  range('2002::/16', '6to4'),
  range('fc00::/7', 'private'),
  range('fe80::/10', 'link-local'),
  range('fec0::/10', 'site-local'),
  range('ff00::/8', 'multicast'),
];

/** IPv6 forms that carry an IPv4 address a packet would end up at. */
const EMBEDDING_V4 = [range('::ffff:0:0/96', 'IPv4-mapped'), range('64:ff9b::/96', 'NAT64')];

const unwrap = (a: Address): Address =>
  EMBEDDING_V4.some((r) => contains(r, a)) ? { family: 4, value: a.value & 0xffffffffn } : a;

export class AddressRefusedError extends Error {
  constructor(
    readonly address: string,
    readonly reason: string,
  ) {
    super(`${address} is a ${reason} address`);
  }
}

export class UnresolvableHostError extends Error {
  constructor(readonly host: string) {
    super(`${host} does not resolve`);
  }
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/**
 * Keeps connections that a tenant points us at (webhook URLs) away from the
 * platform's own networks: loopback, private, link-local, CGNAT, multicast and
 * other special ranges are refused, unless an operator allowed them.
 */
export class AddressGuard {
  private readonly allowed: Range[];

  constructor(
    allowedNetworks: readonly string[],
    private readonly resolveTimeoutMs = 5000,
  ) {
    this.allowed = allowedNetworks.map((n) => range(n, 'allowed'));
  }

  /** Why the address may not be reached, or null when it may. */
  refusal(ip: string): string | null {
    const parsed = parseAddress(ip);
    if (!parsed) return 'malformed';
    const a = unwrap(parsed);
    if (this.allowed.some((r) => contains(r, a) || contains(r, parsed))) return null;
    return REFUSED.find((r) => contains(r, a))?.label ?? null;
  }

  /**
   * The addresses to connect to for a URL's host (a name or a literal). Throws
   * when it does not resolve, or when any address it resolves to is refused:
   * a name half public, half private is not trusted either.
   */
  async resolve(host: string): Promise<ResolvedAddress[]> {
    const bare = host.replace(/^\[(.*)\]$/, '$1');
    const family = isIP(bare);
    const found: ResolvedAddress[] = family
      ? [{ address: bare, family: family as 4 | 6 }]
      : await this.lookup(bare);
    for (const f of found) {
      const reason = this.refusal(f.address);
      if (reason) throw new AddressRefusedError(f.address, reason);
    }
    return found;
  }

  private async lookup(name: string): Promise<ResolvedAddress[]> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new UnresolvableHostError(name)), this.resolveTimeoutMs);
    });
    try {
      const list = await Promise.race([lookup(name, { all: true, verbatim: true }), timeout]);
      if (list.length === 0) throw new UnresolvableHostError(name);
      return list.map((l) => ({ address: l.address, family: l.family === 6 ? 6 : 4 }));
    } catch (error) {
      if (error instanceof UnresolvableHostError) throw error;
      const code = (error as { code?: string }).code;
      if (code === 'ENOTFOUND' || code === 'ENODATA' || code === 'EAI_AGAIN')
        throw new UnresolvableHostError(name);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}
