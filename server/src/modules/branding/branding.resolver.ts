import { Arg, Query, Resolver } from 'type-graphql';
import type { BrandingService } from './branding.service.js';
import { BrandingType } from './branding.type.js';

@Resolver()
export class BrandingResolver {
  constructor(private readonly brandings: BrandingService) {}

  @Query(() => BrandingType, {
    description: 'Public: the branding of a host name (the neutral default when none).',
  })
  branding(@Arg('host', () => String) host: string): BrandingType {
    return Object.assign(new BrandingType(), this.brandings.forHost(host));
  }
}
