import net from 'node:net';
import tls from 'node:tls';

/** A line-oriented connection: reads CRLF lines as they arrive. */
export class LineSocket {
  private buffer = '';
  private lines: string[] = [];
  private waiters: Array<() => void> = [];
  private closed = false;

  constructor(readonly socket: net.Socket) {
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      let i: number;
      while ((i = this.buffer.indexOf('\r\n')) >= 0) {
        this.lines.push(this.buffer.slice(0, i));
        this.buffer = this.buffer.slice(i + 2);
      }
      this.waiters.splice(0).forEach((w) => w());
    });
    const end = () => {
      this.closed = true;
      this.waiters.splice(0).forEach((w) => w());
    };
    socket.on('close', end);
    socket.on('error', end);
  }

  async line(timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    while (this.lines.length === 0) {
      if (this.closed) throw new Error('connection closed');
      if (Date.now() > deadline) throw new Error('no answer in time');
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 200);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    return this.lines.shift()!;
  }

  write(data: string | Buffer): void {
    this.socket.write(data);
  }
}
/** Where a test client connects: a loopback port (optionally from another loopback address, or over TLS) or a unix socket. */
export interface Endpoint {
  port?: number;
  localAddress?: string;
  tls?: boolean;
  socketPath?: string;
}

export const connect = (to: number | Endpoint, localAddress?: string): Promise<LineSocket> =>
  new Promise((resolve, reject) => {
    const e: Endpoint = typeof to === 'number' ? { port: to, localAddress } : to;
    const socket = e.socketPath
      ? net.connect(e.socketPath)
      : e.tls
        ? tls.connect({ host: '127.0.0.1', port: e.port, rejectUnauthorized: false })
        : net.connect({ host: '127.0.0.1', port: e.port!, localAddress: e.localAddress });
    socket.once(e.tls ? 'secureConnect' : 'connect', () => resolve(new LineSocket(socket)));
    socket.once('error', reject);
  });
