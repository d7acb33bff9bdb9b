import { Property } from '@mikro-orm/core';

/** Timestamps every entity carries. */
export abstract class TimestampedEntity {
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
