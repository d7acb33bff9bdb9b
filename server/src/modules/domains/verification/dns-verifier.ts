import { Resolver } from 'node:dns/promises';
import { normalMxHost, type MxRecord } from '@casella/shared';
import type { DnsCheckResult } from '../domain.entity.js';

/** MX records of a name; `error` says why none could be read (none existing is not an error). */
export interface MxLookup {
  records: MxRecord[];
  /** NXDOMAIN: the name does not exist at all. */
  nameMissing: boolean;
  error: string | null;
}

/** Looks up A and MX records with `DNS_SERVERS` (host:port list), or the system's resolvers. */
export class DnsVerifier {
  constructor(
    private readonly servers: readonly string[],
    private readonly timeoutMs = 3000,
  ) {}

  private resolver(): Resolver {
    const resolver = new Resolver({ timeout: this.timeoutMs, tries: 1 });
    if (this.servers.length) resolver.setServers([...this.servers]);
    return resolver;
  }

  async lookupMx(name: string): Promise<MxLookup> {
    try {
      const records = (await this.resolver().resolveMx(name))
        .map((r) => ({ priority: r.priority, host: normalMxHost(r.exchange) }))
        .sort((a, b) => a.priority - b.priority || a.host.localeCompare(b.host));
      return { records, nameMissing: false, error: null };
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ENODATA') return { records: [], nameMissing: false, error: null };
      if (code === 'ENOTFOUND') return { records: [], nameMissing: true, error: null };
      if (code === 'ETIMEOUT')
        return {
          records: [],
          nameMissing: false,
          error: 'The DNS servers did not answer in time.',
        };
      return {
        records: [],
        nameMissing: false,
        error: `DNS lookup failed (${code ?? 'unknown error'}).`,
      };
    }
  }

  async lookupA(name: string): Promise<DnsCheckResult> {
    const resolver = this.resolver();
    try {
      return { seen: (await resolver.resolve4(name)).sort(), error: null };
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ENOTFOUND' || code === 'ENODATA')
        return { seen: [], error: 'No A record found for this name.' };
      if (code === 'ETIMEOUT')
        return { seen: [], error: 'The DNS servers did not answer in time.' };
      return { seen: [], error: `DNS lookup failed (${code ?? 'unknown error'}).` };
    }
  }
}
