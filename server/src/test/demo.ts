import { DEMO_ACCOUNTS } from '../modules/demo/demo-data.js';
import { TestClient } from './graphql-client.js';

export type DemoAccount = keyof typeof DEMO_ACCOUNTS;

/** A client signed in as one of the demo accounts. */
export const signedIn = async (baseUrl: string, who: DemoAccount): Promise<TestClient> => {
  const client = new TestClient(baseUrl);
  const { login, password } = DEMO_ACCOUNTS[who];
  const r = await client.login(login, password);
  if (r.errors) throw new Error(`login as ${who} failed: ${JSON.stringify(r.errors)}`);
  return client;
};

export const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }): string | undefined =>
  r.errors?.[0]?.extensions?.code;
