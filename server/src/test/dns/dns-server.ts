import dgram from 'node:dgram';
import type { AddressInfo } from 'node:net';

/**
 * A small authoritative DNS server on loopback UDP for tests: answers A queries
 * from `records` and MX queries from `mx`, NXDOMAIN for names in neither, stays
 * silent for names in `silent` (to exercise time-outs) and answers SERVFAIL
 * for names in `servfail`.
 */
export interface TestDnsServer {
  /** `127.0.0.1:<port>`, ready for DNS_SERVERS. */
  address: string;
  records: Map<string, string[]>;
  /** MX records by name; a host of `.` is a null MX. */
  mx: Map<string, Array<{ priority: number; host: string }>>;
  silent: Set<string>;
  servfail: Set<string>;
  /** Answers this late, as a DNS server across a network does (benchmarks). */
  delayMs: number;
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

/** `mx.example.net` as DNS labels; `.` is the root (a null MX's exchange). */
const encodeName = (host: string): Buffer =>
  Buffer.concat([
    ...host
      .split('.')
      .filter(Boolean)
      .map((label) => Buffer.concat([Buffer.from([label.length]), Buffer.from(label, 'latin1')])),
    Buffer.from([0]),
  ]);

/** One answer record for the question's name (a pointer to it), TTL 60. */
const answer = (type: number, rdata: Buffer): Buffer => {
  const rr = Buffer.alloc(12);
  rr.writeUInt16BE(0xc00c, 0);
  rr.writeUInt16BE(type, 2);
  rr.writeUInt16BE(1, 4);
  rr.writeUInt32BE(60, 6);
  rr.writeUInt16BE(rdata.length, 10);
  return Buffer.concat([rr, rdata]);
};

export const startTestDnsServer = async (): Promise<TestDnsServer> => {
  const socket = dgram.createSocket('udp4');
  const server: TestDnsServer = {
    address: '',
    records: new Map(),
    mx: new Map(),
    silent: new Set(),
    servfail: new Set(),
    delayMs: 0,
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
    const known = server.records.has(name) || server.mx.has(name);
    const rcode = server.servfail.has(name) ? 2 : known ? 0 : 3;
    const answers =
      rcode !== 0
        ? []
        : qtype === 1
          ? (server.records.get(name) ?? []).map((ip) =>
              answer(1, Buffer.from(ip.split('.').map(Number))),
            )
          : qtype === 15
            ? (server.mx.get(name) ?? []).map(({ priority, host }) => {
                const pref = Buffer.alloc(2);
                pref.writeUInt16BE(priority, 0);
                return answer(15, Buffer.concat([pref, encodeName(host)]));
              })
            : [];
    const header = Buffer.alloc(12);
    msg.copy(header, 0, 0, 2); // id
    header.writeUInt16BE(0x8400 | rcode, 2); // response, authoritative, rcode
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(answers.length, 6);
    const reply = Buffer.concat([header, question, ...answers]);
    const send = () => socket.send(reply, rinfo.port, rinfo.address);
    if (server.delayMs > 0) setTimeout(send, server.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  server.address = `127.0.0.1:${(socket.address() as AddressInfo).port}`;
  return server;
};
