import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphQLErrorShape {
  message: string;
  extensions?: {
    code?: string;
    fields?: { field: string; code: string; message: string }[];
    [k: string]: unknown;
  };
}

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: GraphQLErrorShape[];
  headers: Headers;
}

/**
 * A caller of the real API: keeps cookies like a browser, echoes the CSRF token,
 * or sends an API token. Tests use one client per person.
 */
export class TestClient {
  private cookies = new Map<string, string>();
  bearer: string | undefined;
  /** Set false to leave the x-csrf-token header out (CSRF tests). */
  sendCsrf = true;

  constructor(readonly baseUrl: string) {}

  get csrfToken(): string | undefined {
    return this.cookies.get('casella_csrf');
  }

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  withToken(token: string): this {
    this.bearer = token;
    return this;
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    extraHeaders: Record<string, string> = {},
  ): Promise<GraphQLResult<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...extraHeaders };
    if (this.cookies.size) headers.cookie = this.cookieHeader;
    if (this.sendCsrf && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    if (this.bearer !== undefined) headers.authorization = `Bearer ${this.bearer}`;
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const body = (await res.json()) as { data?: T | null; errors?: GraphQLErrorShape[] };
    return {
      status: res.status,
      data: body.data ?? null,
      errors: body.errors,
      headers: res.headers,
    };
  }

  /** Runs the operation and fails the test with the server's errors if it did not succeed. */
  async ok<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T> {
    const r = await this.gql<T>(query, variables);
    if (r.errors?.length || !r.data) throw new Error(`GraphQL failed: ${JSON.stringify(r.errors)}`);
    return r.data;
  }

  async login(login: string, password: string): Promise<GraphQLResult> {
    return this.gql(
      `mutation Login($input: LoginInput!) { login(input: $input) { csrfToken viewer { id login role organisation { id name kind } } } }`,
      { input: { login, password } },
    );
  }

  /** A graphql-ws client carrying this caller's cookie (and CSRF token) or API token. */
  ws(params: Record<string, unknown> = {}): Client {
    const headers: Record<string, string> = this.cookies.size ? { cookie: this.cookieHeader } : {};
    class CookieWebSocket extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    }
    return createClient({
      url: `${this.baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: CookieWebSocket,
      lazy: true,
      retryAttempts: 0,
      connectionParams: {
        ...(this.csrfToken && this.sendCsrf ? { csrfToken: this.csrfToken } : {}),
        ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
        ...params,
      },
    });
  }
}

/** Collects the events of one subscription until `count` arrived or it ends. */
export const subscribe = <T>(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
) => {
  const events: Array<{ data?: T | null; errors?: readonly GraphQLErrorShape[] }> = [];
  let error: unknown = null;
  let done = false;
  const waiters: Array<() => void> = [];
  const notify = () => waiters.splice(0).forEach((w) => w());
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        events.push(value as { data?: T | null; errors?: readonly GraphQLErrorShape[] });
        notify();
      },
      error: (e) => {
        error = e;
        done = true;
        notify();
      },
      complete: () => {
        done = true;
        notify();
      },
    },
  );
  const waitFor = async (count: number, timeoutMs = 5000): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    while (events.length < count && !done) {
      const left = deadline - Date.now();
      if (left <= 0) break;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  };
  return {
    events,
    get error() {
      return error;
    },
    get done() {
      return done;
    },
    waitFor,
    unsubscribe,
  };
};
