import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '../db/orm.js';
import { validationFailed } from './errors.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export type SortDirection = 'ASC' | 'DESC';

export interface Sort<F extends string> {
  field: F;
  direction: SortDirection;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

type SortValue = string | number | boolean | Date;

const encodeCursor = (value: SortValue, id: string): string =>
  Buffer.from(
    JSON.stringify(value instanceof Date ? [{ d: value.toISOString() }, id] : [value, id]),
  ).toString('base64url');

const decodeCursor = (cursor: string, field: string): [SortValue, string] => {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string') {
      const [raw, id] = parsed as [unknown, string];
      if (raw && typeof raw === 'object' && 'd' in raw && typeof raw.d === 'string') {
        const date = new Date(raw.d);
        if (!Number.isNaN(date.getTime())) return [date, id];
      } else if (['string', 'number', 'boolean'].includes(typeof raw)) {
        return [raw as SortValue, id];
      }
    }
  } catch {
    // fall through to the validation error
  }
  throw validationFailed([{ field, code: 'INVALID_FORMAT', message: 'Not a valid cursor' }]);
};

const checkSize = (value: number | null | undefined, field: string): void => {
  if (value !== null && value !== undefined && (value < 0 || value > MAX_PAGE_SIZE)) {
    throw validationFailed([
      { field, code: 'INVALID_VALUE', message: `Must be between 0 and ${MAX_PAGE_SIZE}` },
    ]);
  }
};

/**
 * Relay cursor pagination over any entity with a string `id`, keyset-based on
 * (sort field, id) so pages stay stable while rows are added.
 */
export const paginate = async <E extends { id: string }, F extends string & keyof E>(
  em: EntityManager,
  entity: new (...args: never[]) => E,
  where: FilterQuery<E>,
  sort: Sort<F>,
  args: PageArgs,
): Promise<Page<E>> => {
  checkSize(args.first, 'first');
  checkSize(args.last, 'last');
  if (args.first != null && args.last != null) {
    throw validationFailed([
      { field: 'last', code: 'NOT_ALLOWED', message: 'Use either first or last, not both' },
    ]);
  }
  const backward = args.last != null || (args.before != null && args.first == null);
  const limit = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  const cursor = backward ? args.before : args.after;
  // Walking backwards reads in the opposite order, then flips the page.
  const ascending = (sort.direction === 'ASC') !== backward;
  const op = ascending ? '$gt' : '$lt';

  const conditions: FilterQuery<E>[] = [where];
  if (cursor) {
    const [value, id] = decodeCursor(cursor, backward ? 'before' : 'after');
    conditions.push({
      $or: [{ [sort.field]: { [op]: value } }, { [sort.field]: value, id: { [op]: id } }],
    } as FilterQuery<E>);
  }
  const dir = ascending ? 'asc' : 'desc';
  const [rows, totalCount] = await Promise.all([
    em.find(entity, { $and: conditions } as FilterQuery<E>, {
      orderBy: [{ [sort.field]: dir }, { id: dir }] as never,
      limit: limit + 1,
    }),
    em.count(entity, where),
  ]);
  const hasMore = rows.length > limit;
  const pageRows = rows.slice(0, limit);
  if (backward) pageRows.reverse();
  const edges = pageRows.map((node) => ({
    node,
    cursor: encodeCursor(node[sort.field] as SortValue, node.id),
  }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: backward ? Boolean(args.before) : hasMore,
      hasPreviousPage: backward ? hasMore : Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
};

/** Maps the nodes of a page, keeping cursors and page info. */
export const mapPage = <A, B>(page: Page<A>, fn: (a: A) => B): Page<B> => ({
  ...page,
  edges: page.edges.map((e) => ({ cursor: e.cursor, node: fn(e.node) })),
});
