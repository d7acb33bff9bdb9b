import { ArgsType, Field, Int } from 'type-graphql';

/** Relay arguments; at most 100 nodes a page, 20 when unsaid. */
@ArgsType()
export class PageArgsType {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Int, { nullable: true })
  last?: number | null;

  @Field(() => String, { nullable: true })
  before?: string | null;
}
