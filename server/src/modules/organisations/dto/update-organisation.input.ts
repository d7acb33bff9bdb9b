import { Field, InputType, Int } from 'type-graphql';
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

@InputType('OrganisationLimitsInput', {
  description: 'Plan limits a parent sets; null removes a limit.',
})
export class OrganisationLimitsInputType {
  @Field(() => Int, { nullable: true })
  maxDomains?: number | null;

  @Field(() => Int, { nullable: true })
  maxMailboxes?: number | null;

  @Field(() => Date, { nullable: true })
  trialEndsAt?: Date | null;
}
