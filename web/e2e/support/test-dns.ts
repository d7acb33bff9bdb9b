import { startTestDnsServer, type TestDnsServer } from '../../../server/src/test/dns/dns-server';

/** The platform's verification address in browser tests (TEST-NET-1, never routed). */
export const E2E_VERIFY_IP = '192.0.2.53';

/** A loopback DNS zone the e2e server resolves ownership records against. */
export interface TestZone {
  /** `127.0.0.1:<port>`, as DNS_SERVERS takes it. */
  address: string;
  /** Publishes an A record, e.g. the `d<9 digits>.<domain>` a verification panel asks for. */
  addARecord: (name: string, ip?: string) => void;
  close: () => Promise<void>;
}

export const startTestZone = async (): Promise<TestZone> => {
  const dns: TestDnsServer = await startTestDnsServer();
  return {
    address: dns.address,
    addARecord: (name, ip = E2E_VERIFY_IP) => {
      const key = name.toLowerCase().replace(/\.$/, '');
      dns.records.set(key, [...(dns.records.get(key) ?? []), ip]);
    },
    close: () => dns.close(),
  };
};
