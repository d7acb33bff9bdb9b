import { Field, ObjectType } from 'type-graphql';

@ObjectType('Branding', {
  description: 'How the panel looks on a host name; public, read before sign-in.',
})
export class BrandingType {
  @Field(() => String, { description: 'Host name the branding applies to; empty for the default.' })
  host!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Logo image URL (transparent PNG, 177×49).' })
  logoUrl!: string | null;

  @Field(() => String, { nullable: true })
  faviconUrl!: string | null;

  @Field(() => String, { description: 'Main colour, #rrggbb.' })
  primaryColor!: string;

  @Field(() => String, { description: 'Accent colour, #rrggbb.' })
  secondaryColor!: string;

  @Field(() => Boolean, {
    description: 'True for the neutral default, when no branding matches the host.',
  })
  isDefault!: boolean;
}
