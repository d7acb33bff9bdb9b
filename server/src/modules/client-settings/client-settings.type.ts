import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('ClientServer', { description: 'Where an e-mail client connects for one protocol.' })
export class ClientServerType {
  @Field(() => String)
  host!: string;

  @Field(() => Int)
  port!: number;

  @Field(() => String, { description: 'TLS (implicit) or STARTTLS.' })
  security!: string;

  @Field(() => Boolean, {
    description: 'False when the mailbox or its domain has this service off.',
  })
  enabled!: boolean;
}

@ObjectType('ClientSettings', { description: 'What to type into Thunderbird, Outlook or a phone.' })
export class ClientSettingsType {
  @Field(() => String, { description: 'The user name: the full address (never an alias).' })
  login!: string;

  @Field(() => ClientServerType)
  imap!: ClientServerType;

  @Field(() => ClientServerType)
  pop!: ClientServerType;

  @Field(() => ClientServerType)
  smtp!: ClientServerType;
}
