import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { MailboxUsageEntity } from './mailbox-usage.entity.js';

@ObjectType('MailboxUsage', {
  description: 'What the mail platform (Dovecot) last reported for a mailbox.',
})
export class MailboxUsageType {
  @Field(() => Float, { description: 'Bytes stored (a whole number).' })
  bytes!: number;

  @Field(() => Int)
  messages!: number;

  @Field(() => Date, { description: 'When Dovecot reported these figures.' })
  reportedAt!: Date;
}

export const toMailboxUsageType = (e: MailboxUsageEntity): MailboxUsageType =>
  Object.assign(new MailboxUsageType(), {
    bytes: e.bytes,
    messages: e.messages,
    reportedAt: e.reportedAt,
  });
