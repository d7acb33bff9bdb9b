import http from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** Date.now() when the request arrived. */
  at: number;
}

export interface Reply {
  status: number;
  /** Answer this late (a receiver that hangs). */
  delayMs?: number;
  headers?: Record<string, string>;
}

/**
 * A real HTTP receiver on loopback: records every request and answers from a
 * queue of replies per path (then 200), so endpoints of one test never take
 * another's replies.
 */
export const startWebhookReceiver = async () => {
  const received: ReceivedWebhook[] = [];
  const replies = new Map<string, Reply[]>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      });
      const reply = replies.get(req.url ?? '')?.shift() ?? { status: 200 };
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(reply.status, { 'content-type': 'text/plain', ...reply.headers });
        res.end(`status ${reply.status}`);
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs).unref();
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    received,
    url: (path = '/hook') => `http://127.0.0.1:${port}${path}`,
    /** Queues the answers to the next requests to `path`. */
    reply: (path: string, ...next: Reply[]) =>
      replies.set(path, [...(replies.get(path) ?? []), ...next]),
    reset: () => {
      received.length = 0;
      replies.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
