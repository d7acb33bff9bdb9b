import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * How far the periodic quota check has read a stream of reports (for
 * `mailbox_usage`, its `reported_at`), so each run reads only what is new.
 */
@Entity({ tableName: 'quota_check_watermarks' })
export class QuotaCheckWatermarkEntity {
  @PrimaryKey({ type: 'string', length: 64 })
  name!: string;

  @Property({ type: 'datetime' })
  reportedAt!: Date;
}
