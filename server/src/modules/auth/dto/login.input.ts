import { Field, InputType, ObjectType } from 'type-graphql';
import { ViewerType } from '../viewer.type.js';

@InputType('LoginInput')
export class LoginInputType {
  @Field(() => String, {
    description: 'Your login name, or your e-mail address (or its user part, with domain).',
  })
  login!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Mailbox owners and postmasters: the domain, when login is the user part.',
  })
  domain?: string;

  @Field(() => String)
  password!: string;
}

@ObjectType('LoginPayload')
export class LoginPayload {
  @Field(() => ViewerType)
  viewer!: ViewerType;

  @Field(() => String, {
    description: 'Send it back as the x-csrf-token header (also in the casella_csrf cookie).',
  })
  csrfToken!: string;
}

@InputType('ChangePasswordInput')
export class ChangePasswordInputType {
  @Field(() => String)
  currentPassword!: string;

  @Field(() => String)
  newPassword!: string;
}
