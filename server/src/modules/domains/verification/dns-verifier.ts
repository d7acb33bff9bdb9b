import { Resolver } from 'node:dns/promises';
import type { DnsCheckResult } from '../domain.entity.js';

/** Looks up A records with `DNS_SERVERS` (host:port list), or the system's resolvers. */
export class DnsVerifier {
  constructor(
    private readonly servers: readonly string[],
    private readonly timeoutMs = 3000,
  ) {}

  async lookupA(name: string): Promise<DnsCheckResult> {
    const resolver = new Resolver({ timeout: this.timeoutMs, tries: 1 });
    if (this.servers.length) resolver.setServers([...this.servers]);
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
