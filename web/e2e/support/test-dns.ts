import { startTestDnsServer, type TestDnsServer } from '../../../server/src/test/dns/dns-server';

/** The platform's verification address in browser tests (TEST-NET-1, never routed). */
export const E2E_VERIFY_IP = '192.0.2.53';

/** The platform's MX hosts in browser tests (MAIL_MX_HOSTS), most preferred first. */
export const E2E_MX_HOSTS = ['mx1.casella.local', 'mx2.casella.local'];

/** An MX record as a zone publishes it; a host of `.` is a null MX (no mail accepted). */
export interface TestMxRecord {
  priority: number;
  host: string;
}

/** A loopback DNS zone the e2e server resolves ownership and MX records against. */
export interface TestZone {
  /** `127.0.0.1:<port>`, as DNS_SERVERS takes it. */
  address: string;
  /** Publishes an A record, e.g. the `d<9 digits>.<domain>` a verification panel asks for. */
  addARecord: (name: string, ip?: string) => void;
  /** Publishes the MX records of a name, replacing any it had (none: the name has no MX). */
  setMxRecords: (name: string, records: TestMxRecord[]) => void;
  close: () => Promise<void>;
}

const keyOf = (name: string) => name.toLowerCase().replace(/\.$/, '');

export const startTestZone = async (): Promise<TestZone> => {
  const dns: TestDnsServer = await startTestDnsServer();
  return {
    address: dns.address,
    addARecord: (name, ip = E2E_VERIFY_IP) => {
      const key = keyOf(name);
      dns.records.set(key, [...(dns.records.get(key) ?? []), ip]);
    },
    setMxRecords: (name, records) => {
      dns.mx.set(keyOf(name), [...records]);
    },
    close: () => dns.close(),
  };
};
