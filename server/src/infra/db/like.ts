/** A `%term%` LIKE pattern that matches the term literally (its `%`, `_` and `\` escaped). */
export const containsPattern = (term: string): string =>
  `%${term
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
