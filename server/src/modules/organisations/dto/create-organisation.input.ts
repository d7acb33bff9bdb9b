import { Field, ID, InputType } from 'type-graphql';
import type { Language } from '@casella/shared';
import { LanguageEnum } from '../organisation.type.js';

@InputType('AdminAccountInput', {
  description: 'The first administrator login of a new organisation.',
})
export class AdminAccountInput {
  @Field(() => String)
  login!: string;

  @Field(() => String)
  password!: string;
}

@InputType('CreateResellerInput')
export class CreateResellerInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  contactEmail!: string;

  @Field(() => LanguageEnum, { nullable: true })
  language?: Language;

  @Field(() => AdminAccountInput)
  admin!: AdminAccountInput;
}

@InputType('CreateCustomerInput')
export class CreateCustomerInput extends CreateResellerInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Platform only: the reseller the customer belongs to.',
  })
  resellerId?: string | null;
}
