import { Field, InputType, ObjectType } from 'type-graphql';
import { ViewerType } from '../viewer.type.js';

@InputType('LoginInput')
export class LoginInputType {
  @Field(() => String, { description: 'Your login name.' })
  login!: string;

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
