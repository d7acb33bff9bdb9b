import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { AddressRefusedError, type AddressGuard } from '../../../infra/net/address-guard.js';

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface WebhookResponse {
  succeeded: boolean;
  responseCode: number | null;
  latencyMs: number;
  error: string | null;
}

const describe = (error: unknown): string => {
  const code = (error as { code?: string }).code;
  if (code === 'ECONNREFUSED') return 'Connection refused';
  if (code === 'ECONNRESET') return 'Connection reset by the receiver';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'Host unreachable';
  return error instanceof Error ? error.message : String(error);
};

/**
 * POSTs one webhook. The host is resolved and checked by the address guard, and
 * the connection goes to the very address that was checked (a name cannot be
 * re-pointed inside between check and connect). Redirects are not followed.
 */
export class WebhookSender {
  constructor(
    private readonly guard: AddressGuard,
    private readonly timeoutMs: number,
  ) {}

  async send(request: WebhookRequest): Promise<WebhookResponse> {
    const started = Date.now();
    const failed = (error: string): WebhookResponse => ({
      succeeded: false,
      responseCode: null,
      latencyMs: Date.now() - started,
      error,
    });
    const url = new URL(request.url);
    let address: string;
    try {
      // resolve() answers with at least one address, every one of them allowed.
      address = (await this.guard.resolve(url.hostname))[0]!.address;
    } catch (error) {
      return failed(
        error instanceof AddressRefusedError ? `Refused: ${error.message}` : describe(error),
      );
    }
    const secure = url.protocol === 'https:';
    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
    return new Promise<WebhookResponse>((resolve) => {
      let settled = false;
      const settle = (r: WebhookResponse) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(r);
      };
      const req = (secure ? https : http).request({
        host: address,
        port: url.port || (secure ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        method: 'POST',
        agent: false,
        // TLS checks the certificate against the URL's name, not the address.
        ...(secure && !isIP(hostname) ? { servername: hostname } : {}),
        headers: {
          ...request.headers,
          host: url.host,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(request.body)),
          'user-agent': 'Casella-Webhooks/1.0',
        },
      });
      const timer = setTimeout(() => {
        req.destroy();
        settle(failed(`Timed out after ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      req.on('response', (res) => {
        res.resume();
        const code = res.statusCode ?? 0;
        const ok = code >= 200 && code < 300;
        let error: string | null = null;
        if (code >= 300 && code < 400)
          error = `Redirect not followed${res.headers.location ? ` (to ${res.headers.location})` : ''}`;
        else if (!ok) error = `HTTP ${code}${res.statusMessage ? ` ${res.statusMessage}` : ''}`;
        settle({ succeeded: ok, responseCode: code, latencyMs: Date.now() - started, error });
      });
      req.on('error', (error) => settle(failed(describe(error))));
      req.end(request.body);
    });
  }
}
