import { Property } from '@mikro-orm/core';

/** Timestamps every entity carries. */
export abstract class TimestampedEntity {
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

// Enumerations are stored as plain strings (validated by the app): SQLite cannot
// read CHECK constraints back, and MikroORM would otherwise rebuild such tables
// in every generated migration.
