import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('DashboardStats', { description: 'Counts of what you can see.' })
export class DashboardStatsType {
  @Field(() => Int, { description: 'Resellers (platform only; 0 for others).' })
  resellers!: number;

  @Field(() => Int)
  customers!: number;

  @Field(() => Int, { description: 'Panel logins of your organisation.' })
  users!: number;

  @Field(() => Int, { description: 'Active (not revoked, not expired) API tokens you manage.' })
  activeApiTokens!: number;

  @Field(() => Int, { description: 'Domains you can see, in any state.' })
  domains!: number;

  @Field(() => Int, { description: 'Mailboxes you can see, the postmasters aside.' })
  mailboxes!: number;

  @Field(() => Int, {
    description:
      'ACTIVE domains whose MX records are WRONG or MISSING: mail that does not reach the platform.',
  })
  domainsWithMxProblems!: number;
}
