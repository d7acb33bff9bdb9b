import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger/logger.js';
import type { GraphQLContext } from './context.js';
import { ERROR_CODES, unauthenticated } from './errors.js';
import { assertWithinLimits, isIntrospection, type QueryLimits } from './limits.js';

/** Depth, alias and cost limits, and "introspection for signed-in callers only", checked before execution. */
export const guardPlugin = (limits: QueryLimits): ApolloServerPlugin<GraphQLContext> => ({
  async requestDidStart() {
    return {
      async didResolveOperation(rc: GraphQLRequestContextDidResolveOperation<GraphQLContext>) {
        if (isIntrospection(rc.document) && !rc.contextValue.viewer) {
          throw unauthenticated('Sign in (or send an API token) to read the schema.');
        }
        assertWithinLimits(rc.schema, rc.document, rc.request.variables, rc.operationName, limits);
      },
    };
  },
});

const PASS_THROUGH = new Set<string>([
  ...ERROR_CODES,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Errors we raised on purpose reach the client as they are (without stack
 * traces); anything else is logged and masked.
 */
export const formatError =
  (logger: Logger) =>
  (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const {
      stacktrace: _stack,
      http: _http,
      ...extensions
    } = (formatted.extensions ?? {}) as Record<string, unknown>;
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      return { ...formatted, extensions };
    }
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL operation');
    return {
      message: 'Internal server error.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
