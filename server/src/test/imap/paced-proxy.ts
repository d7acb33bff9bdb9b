import net from 'node:net';

export interface PacedProxy {
  host: string;
  port: number;
  close(): Promise<void>;
}

/**
 * TCP proxy that stops reading what the client sends for `pauseMs` after every
 * `everyBytes`, so the client's writes back up in its own buffers, as they do against a
 * slow remote server.
 */
export async function startPacedProxy(
  targetHost: string,
  targetPort: number,
  everyBytes: number,
  pauseMs: number,
): Promise<PacedProxy> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, targetHost);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    let sincePause = 0;
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      sincePause += chunk.length;
      if (sincePause < everyBytes) return;
      sincePause = 0;
      client.pause();
      setTimeout(() => client.resume(), pauseMs);
    });
    upstream.pipe(client);
    client.on('end', () => upstream.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    host: '127.0.0.1',
    port: typeof address === 'object' && address ? address.port : 0,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
