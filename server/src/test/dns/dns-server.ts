import dgram from 'node:dgram';
import type { AddressInfo } from 'node:net';

/**
 * A small authoritative DNS server on loopback UDP for tests: answers A queries
 * from `records`, NXDOMAIN for the rest, and stays silent for names in `silent`
 * (to exercise time-outs).
 */
export interface TestDnsServer {
  /** `127.0.0.1:<port>`, ready for DNS_SERVERS. */
  address: string;
  records: Map<string, string[]>;
  silent: Set<string>;
  queries: string[];
  close(): Promise<void>;
}

const readName = (msg: Buffer, start: number): { name: string; end: number } => {
  const labels: string[] = [];
  let i = start;
  while (msg[i]! > 0) {
    const len = msg[i]!;
    labels.push(msg.subarray(i + 1, i + 1 + len).toString('latin1'));
    i += len + 1;
  }
  return { name: labels.join('.').toLowerCase(), end: i + 1 };
};

export const startTestDnsServer = async (): Promise<TestDnsServer> => {
  const socket = dgram.createSocket('udp4');
  const server: TestDnsServer = {
    address: '',
    records: new Map(),
    silent: new Set(),
    queries: [],
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
  socket.on('message', (msg, rinfo) => {
    if (msg.length < 12) return;
    const { name, end } = readName(msg, 12);
    const qtype = msg.readUInt16BE(end);
    server.queries.push(name);
    if (server.silent.has(name)) return;
    const question = msg.subarray(12, end + 4);
    const ips = qtype === 1 ? (server.records.get(name) ?? []) : [];
    const known = server.records.has(name);
    const header = Buffer.alloc(12);
    msg.copy(header, 0, 0, 2); // id
    header.writeUInt16BE(0x8400 | (known ? 0 : 3), 2); // response, authoritative, NOERROR or NXDOMAIN
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(ips.length, 6);
    const answers = ips.map((ip) => {
      const rr = Buffer.alloc(16);
      rr.writeUInt16BE(0xc00c, 0); // pointer to the question's name
      rr.writeUInt16BE(1, 2);
      rr.writeUInt16BE(1, 4);
      rr.writeUInt32BE(60, 6);
      rr.writeUInt16BE(4, 10);
      ip.split('.').forEach((octet, k) => rr.writeUInt8(Number(octet), 12 + k));
      return rr;
    });
    socket.send(Buffer.concat([header, question, ...answers]), rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  server.address = `127.0.0.1:${(socket.address() as AddressInfo).port}`;
  return server;
};
