import { Field, InputType } from 'type-graphql';
import type { Language } from '@casella/shared';
import { LanguageEnum } from '../organisation.type.js';

@InputType('UpdateOrganisationInput')
export class UpdateOrganisationInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  contactEmail?: string;

  @Field(() => LanguageEnum, { nullable: true })
  language?: Language;
}
