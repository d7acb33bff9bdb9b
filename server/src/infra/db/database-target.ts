// Apart from orm.ts so code that only names a database (the mail config renderer,
// the browser tests' Dovecot) does not pull in the entities.
export type DatabaseKind = 'sqlite' | 'postgresql';

export interface DatabaseTarget {
  kind: DatabaseKind;
  /** SQLite file path or PostgreSQL URL. */
  location: string;
}
