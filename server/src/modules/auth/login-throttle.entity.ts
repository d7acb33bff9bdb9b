import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Failed-login counters per account and per client address. */
@Entity({ tableName: 'login_throttles' })
export class LoginThrottleEntity {
  /** `account:<login>` or `ip:<address>`. */
  @PrimaryKey({ type: 'string', length: 300 })
  key!: string;

  @Property({ type: 'integer' })
  failures: number = 0;

  @Property({ type: 'datetime' })
  windowStartedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;
}
