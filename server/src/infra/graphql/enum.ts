import { registerEnumType } from 'type-graphql';

/** Registers a `const` string list (from @casella/shared) as a GraphQL enum. */
export const graphqlEnum = <const T extends readonly string[]>(
  values: T,
  name: string,
  description?: string,
): { [K in T[number]]: K } => {
  const record = Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
  registerEnumType(record, { name, description });
  return record;
};
