import type { EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import { ChangeSetType } from '@mikro-orm/core';
import { AuditEntryEntity } from '../../modules/audit/audit-entry.entity.js';
import { JobEntity } from '../jobs/job.entity.js';
import { OutboxEventEntity } from '../outbox/outbox-event.entity.js';
import type { AppPubSub } from '../pubsub/pubsub.js';

export interface AfterCommitHooks {
  pubsub: AppPubSub;
  wakeOutbox: () => void;
  wakeJobs: () => void;
}

/**
 * Reacts to what a flush created once it is committed: live audit events go to
 * subscribers, and the outbox and job runner are woken instead of waiting for
 * their next poll.
 */
export class AfterCommitSubscriber implements EventSubscriber {
  constructor(private readonly hooks: AfterCommitHooks) {}

  afterFlush(args: FlushEventArgs): void {
    let outbox = false;
    let jobs = false;
    for (const cs of args.uow.getChangeSets()) {
      if (cs.type !== ChangeSetType.CREATE) continue;
      if (cs.entity instanceof AuditEntryEntity) {
        this.hooks.pubsub.publish('AUDIT_ENTRY_ADDED', {
          id: cs.entity.id,
          tenantPath: cs.entity.tenantPath,
        });
      } else if (cs.entity instanceof OutboxEventEntity) {
        outbox = true;
      } else if (cs.entity instanceof JobEntity) {
        jobs = true;
      }
    }
    if (outbox) this.hooks.wakeOutbox();
    if (jobs) this.hooks.wakeJobs();
  }
}
