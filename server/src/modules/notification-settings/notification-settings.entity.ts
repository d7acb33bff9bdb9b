import { Entity, Filter, Index, OneToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { TimestampedEntity } from '../../infra/db/base.entity.js';
import { newId } from '../../infra/db/ids.js';
import { TENANT_FILTER, tenantCondition } from '../../infra/db/tenant-filter.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

/** How a customer wants its notices; no row means the defaults. */
@Entity({ tableName: 'notification_settings' })
@Filter({ name: TENANT_FILTER, cond: tenantCondition, default: true })
export class NotificationSettingsEntity extends TimestampedEntity {
  @PrimaryKey({ type: 'string', length: 32 })
  id: string = newId('notificationSettings');

  @OneToOne(() => OrganisationEntity, { owner: true, deleteRule: 'cascade', unique: true })
  organisation!: OrganisationEntity;

  @Index()
  @Property({ type: 'string', length: 255 })
  tenantPath!: string;

  @Property({ type: 'boolean' })
  quotaEmailEnabled: boolean = false;

  @Property({ type: 'json' })
  quotaEmailRecipients: string[] = [];

  /** Quota events go to the endpoints subscribed to them only while this is on. */
  @Property({ type: 'boolean' })
  quotaWebhookEnabled: boolean = true;

  /** MX problems of its domains, and their fix, are e-mailed to its contact address. */
  @Property({ type: 'boolean', default: true })
  mxEmailEnabled: boolean = true;
}
