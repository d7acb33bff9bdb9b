import net from 'node:net';

export type FaultDirection = 'upstream' | 'downstream';

export interface FaultRule {
  /** upstream = client to server (e.g. APPEND data), downstream = server to client (e.g. FETCH bodies). */
  direction: FaultDirection;
  /** Bytes forwarded on one connection in that direction before both sides are cut. */
  afterBytes: number;
}

export interface FaultProxy {
  host: string;
  port: number;
  /** Arms a one-shot cut: the first connection to pass the threshold is dropped. */
  arm(rule: FaultRule): void;
  /** Resolves once an armed cut has happened. */
  triggered(): Promise<void>;
  cuts: number;
  /** Client-to-server bytes of every connection so far, in the order they were accepted. */
  upstreamBytes(): number[];
  close(): Promise<void>;
}

/** TCP proxy that forwards to a target and can drop a connection mid-stream. */
export async function startFaultProxy(targetHost: string, targetPort: number): Promise<FaultProxy> {
  let rule: FaultRule | undefined;
  let onCut: (() => void) | undefined;
  let cutPromise: Promise<void> = new Promise((r) => (onCut = r));
  const sockets = new Set<net.Socket>();
  const state = { cuts: 0 };
  const perConnection: Array<{ upstream: number }> = [];

  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, targetHost);
    sockets.add(client);
    sockets.add(upstream);
    const counted = { upstream: 0, downstream: 0 };
    perConnection.push(counted);
    const cut = (): void => {
      client.destroy();
      upstream.destroy();
    };
    const pipe = (from: net.Socket, to: net.Socket, direction: FaultDirection): void => {
      from.on('data', (chunk: Buffer) => {
        const active = rule && rule.direction === direction ? rule : undefined;
        if (active && counted[direction] + chunk.length >= active.afterBytes) {
          const keep = Math.max(0, active.afterBytes - counted[direction]);
          rule = undefined;
          state.cuts++;
          to.write(chunk.subarray(0, keep), () => {
            cut();
            onCut?.();
          });
          from.pause();
          return;
        }
        counted[direction] += chunk.length;
        if (!to.write(chunk)) {
          from.pause();
          to.once('drain', () => from.resume());
        }
      });
    };
    pipe(client, upstream, 'upstream');
    pipe(upstream, client, 'downstream');
    for (const s of [client, upstream]) {
      s.on('error', cut);
      s.on('close', () => {
        sockets.delete(s);
        cut();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    host: '127.0.0.1',
    port,
    arm(r) {
      rule = r;
      cutPromise = new Promise((res) => (onCut = res));
    },
    triggered: () => cutPromise,
    get cuts() {
      return state.cuts;
    },
    upstreamBytes: () => perConnection.map((c) => c.upstream),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
