import {
  GraphQLError,
  Kind,
  getNamedType,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  validate,
} from 'graphql';
import { createRequire } from 'node:module';
import type * as QueryComplexity from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from './pagination.js';
import { queryTooComplex } from './errors.js';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

const depthOf = (
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number => {
  if (!set) return 0;
  let max = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      max = Math.max(max, 1 + depthOf(sel.selectionSet, fragments, seen));
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(sel.selectionSet, fragments, seen));
    } else {
      const name = sel.name.value;
      if (seen.has(name)) continue;
      const fragment = fragments[name];
      if (fragment)
        max = Math.max(max, depthOf(fragment.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return max;
};

/** Rejects operations nested deeper than `max` fields. */
export const depthLimitRule =
  (max: number): ValidationRule =>
  (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    }
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, fragments, new Set());
        if (depth > max) {
          context.reportError(
            new GraphQLError(`The query is ${depth} levels deep; the limit is ${max}.`, {
              nodes: [node],
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            }),
          );
        }
      },
    };
  };

/** Rejects documents with more than `max` aliased fields (alias-based amplification). */
export const aliasLimitRule =
  (max: number): ValidationRule =>
  (context: ValidationContext): ASTVisitor => {
    let count = 0;
    return {
      Field(node) {
        if (node.alias) count += 1;
      },
      Document: {
        leave(node) {
          if (count > max) {
            context.reportError(
              new GraphQLError(`The query uses ${count} aliases; the limit is ${max}.`, {
                nodes: [node],
                extensions: { code: 'QUERY_TOO_COMPLEX' },
              }),
            );
          }
        },
      },
    };
  };

// Its ESM build imports graphql's .mjs files, a second copy of graphql that rejects
// our (CommonJS) schema objects; the CommonJS build shares our copy.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof QueryComplexity;

/** A connection costs its page size times what each node costs. */
const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!getNamedType(field.type).name.endsWith('Connection')) return undefined;
  const size =
    typeof args.first === 'number'
      ? args.first
      : typeof args.last === 'number'
        ? args.last
        : DEFAULT_PAGE_SIZE;
  return 1 + childComplexity * Math.max(1, size);
};

/**
 * Throws QUERY_TOO_COMPLEX when the operation is too deep, uses too many aliases
 * or would cost too much. Run after standard validation, on HTTP and WebSocket alike.
 */
export const assertWithinLimits = (
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined | null,
  limits: QueryLimits,
): void => {
  const [shapeError] = validate(schema, document, [
    depthLimitRule(limits.maxDepth),
    aliasLimitRule(limits.maxAliases),
  ]);
  if (shapeError) throw queryTooComplex(shapeError.message);
  assertCost(schema, document, variables, operationName, limits.maxCost);
};

/** Throws QUERY_TOO_COMPLEX when the operation's estimated cost is over the limit. */
export const assertCost = (
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined | null,
  maxCost: number,
): void => {
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    // Variables that do not fit the operation: execution reports them as BAD_USER_INPUT.
    if (error instanceof GraphQLError) return;
    throw error;
  }
  if (cost > maxCost)
    throw queryTooComplex(`The query would cost ${cost}; the limit is ${maxCost}.`);
};

/** True when the document asks for the schema itself. */
export const isIntrospection = (document: DocumentNode): boolean => {
  let found = false;
  const visit = (set: SelectionSetNode | undefined): void => {
    if (!set || found) return;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value === '__schema' || sel.name.value === '__type') found = true;
        visit(sel.selectionSet);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet);
    }
  };
  for (const def of document.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION || def.kind === Kind.FRAGMENT_DEFINITION)
      visit(def.selectionSet);
  }
  return found;
};
