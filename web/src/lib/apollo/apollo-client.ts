import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  type TypePolicies,
} from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { readCsrfToken } from './csrf';
import { hasErrorCode } from './graphql-errors';

export interface ApolloClientOptions {
  /** Called when any operation finds the session gone (expired, revoked, signed out elsewhere). */
  onUnauthenticated: () => void;
  uri?: string;
}

/** Every request echoes the CSRF cookie, as the server requires for cookie sessions. */
const csrfFetch: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  const token = readCsrfToken();
  if (token) headers.set('x-csrf-token', token);
  return fetch(input, { ...init, headers, credentials: 'same-origin' });
};

/**
 * Objects without an ID live inside their parent, and by default each query that
 * selects them replaces them whole. The domain page, its tabs and the verification
 * panel select different fields of a domain's settings and of a domain's (or a
 * domain alias's) verification, and of a domain's MX check (the list and the
 * header read its status, the MX tab all of it): merge them, so no view loses
 * what another read. A caller has one NotificationSettings: a singleton, so a
 * save updates the page that read it.
 */
export const typePolicies: TypePolicies = {
  NotificationSettings: { keyFields: [] },
  DomainSettings: { merge: true },
  DomainServices: { merge: true },
  DomainVerification: { merge: true },
  DomainMxCheck: { merge: true },
};

export const createCache = () => new InMemoryCache({ typePolicies });

const wsUrl = (path: string): string => {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}${path}`;
};

export const createApolloClient = ({
  onUnauthenticated,
  uri = '/graphql',
}: ApolloClientOptions) => {
  const http = new HttpLink({ uri, fetch: csrfFetch });
  const ws = new GraphQLWsLink(
    createClient({
      url: wsUrl(uri),
      lazy: true,
      // The session cookie travels with the upgrade; the token proves it is this page.
      connectionParams: () => ({ csrfToken: readCsrfToken() }),
    }),
  );
  const transport = ApolloLink.split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === 'OperationDefinition' && def.operation === 'subscription';
    },
    ws,
    http,
  );
  const errors = new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'Login') return;
    if (hasErrorCode(error, 'UNAUTHENTICATED') || hasErrorCode(error, 'CSRF_FAILED')) {
      onUnauthenticated();
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([errors, transport]),
    cache: createCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
};
