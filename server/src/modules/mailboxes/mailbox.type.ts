import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { toUnicodeDomain } from '@casella/shared';
import { connectionOf } from '../../infra/graphql/connection.type.js';
import { graphqlEnum } from '../../infra/graphql/enum.js';
import { MAILBOX_STATES, type MailboxEntity, type MailboxState } from './mailbox.entity.js';

export const MailboxStateEnum = graphqlEnum(
  MAILBOX_STATES,
  'MailboxState',
  'BLOCKED: created past plan limits; SUSPENDED: billing.',
);

@ObjectType('MailboxServices', { description: 'Which client protocols this mailbox may use.' })
export class MailboxServicesType {
  @Field(() => Boolean)
  pop!: boolean;

  @Field(() => Boolean)
  imap!: boolean;

  @Field(() => Boolean)
  smtp!: boolean;

  @Field(() => Boolean)
  webmail!: boolean;
}

@InputType('MailboxServicesInput')
export class MailboxServicesInput {
  @Field(() => Boolean, { nullable: true })
  pop?: boolean;

  @Field(() => Boolean, { nullable: true })
  imap?: boolean;

  @Field(() => Boolean, { nullable: true })
  smtp?: boolean;

  @Field(() => Boolean, { nullable: true })
  webmail?: boolean;
}

@ObjectType('Autoresponder', { description: 'Out-of-office reply.' })
export class AutoresponderType {
  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => String)
  subject!: string;

  @Field(() => String)
  body!: string;

  @Field(() => Date, { nullable: true })
  startsAt!: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt!: Date | null;
}

@InputType('AutoresponderInput')
export class AutoresponderInputType {
  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => String, { nullable: true })
  subject?: string;

  @Field(() => String, { nullable: true })
  body?: string;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;
}

@ObjectType('Mailbox', {
  description: 'A hosted mailbox. Its password never leaves the server, in any form.',
})
export class MailboxType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The address as people read it (Unicode domain).' })
  address!: string;

  @Field(() => String)
  localPart!: string;

  @Field(() => String, { nullable: true })
  firstName!: string | null;

  @Field(() => String, { nullable: true })
  lastName!: string | null;

  @Field(() => Int)
  quotaMb!: number;

  @Field(() => Int, {
    description:
      'Most messages the mailbox may hold: abuse protection that ordinary use never reaches; the mail platform refuses more.',
  })
  maxMessages!: number;

  @Field(() => Boolean, {
    description: "The domain's postmaster@ service mailbox (50 MB, cannot be deleted).",
  })
  isPostmaster!: boolean;

  @Field(() => MailboxStateEnum)
  state!: MailboxState;

  @Field(() => [String])
  forwards!: string[];

  @Field(() => Boolean, { description: 'With forwards: keep a copy in this mailbox too.' })
  keepCopy!: boolean;

  @Field(() => MailboxServicesType)
  services!: MailboxServicesType;

  @Field(() => AutoresponderType)
  autoresponder!: AutoresponderType;

  @Field(() => Date)
  createdAt!: Date;

  domainId!: string;
  /** The stored address (A-label): the key Dovecot reports usage under. */
  loginAddress!: string;
}

export const MailboxConnection = connectionOf(MailboxType, 'Mailbox');

export const toMailboxType = (e: MailboxEntity): MailboxType =>
  Object.assign(new MailboxType(), {
    id: e.id,
    address: `${e.localPart}@${toUnicodeDomain(e.address.slice(e.address.indexOf('@') + 1))}`,
    localPart: e.localPart,
    firstName: e.firstName ?? null,
    lastName: e.lastName ?? null,
    quotaMb: e.quotaMb,
    maxMessages: e.maxMessages,
    isPostmaster: e.isPostmaster,
    state: e.state,
    forwards: e.forwards,
    keepCopy: e.keepCopy,
    services: {
      pop: e.popEnabled,
      imap: e.imapEnabled,
      smtp: e.smtpEnabled,
      webmail: e.webmailEnabled,
    },
    autoresponder: {
      enabled: e.autoresponderEnabled,
      subject: e.autoresponderSubject ?? '',
      body: e.autoresponderBody ?? '',
      startsAt: e.autoresponderStartsAt ?? null,
      endsAt: e.autoresponderEndsAt ?? null,
    },
    createdAt: e.createdAt,
    domainId: e.domain.id,
    loginAddress: e.address,
  });
