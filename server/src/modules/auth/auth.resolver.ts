import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../infra/graphql/context.js';
import { requireViewer } from '../../infra/graphql/context.js';
import type { AuthService } from './auth.service.js';
import { ChangePasswordInputType, LoginInputType, LoginPayload } from './dto/login.input.js';
import { toViewerType } from './viewer.mapper.js';
import { ViewerType } from './viewer.type.js';

export const SESSION_COOKIE = 'casella_session';
export const CSRF_COOKIE = 'casella_csrf';

export interface AuthResolverDeps {
  /** The viewer as the database says now (after impersonation changed it). */
  reloadViewer: (ctx: GraphQLContext) => Promise<ViewerType>;
}

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Query(() => ViewerType, { description: 'Who you are; UNAUTHENTICATED when signed out.' })
  async me(@Ctx() ctx: GraphQLContext): Promise<ViewerType> {
    return toViewerType(ctx.em, requireViewer(ctx));
  }

  @Mutation(() => LoginPayload, { description: 'Signs in and sets the session cookie.' })
  async login(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => LoginInputType) input: LoginInputType,
  ): Promise<LoginPayload> {
    const result = await this.auth.login(ctx, input);
    const base = {
      secure: ctx.secureRequest,
      sameSite: 'lax' as const,
      path: '/',
      maxAge: result.maxAgeMs,
    };
    ctx.setCookie?.(SESSION_COOKIE, result.sessionSecret, { ...base, httpOnly: true });
    // Readable by the page so it can echo the token in a header.
    ctx.setCookie?.(CSRF_COOKIE, result.csrfToken, { ...base, httpOnly: false });
    return Object.assign(new LoginPayload(), {
      viewer: await toViewerType(ctx.em, result.viewer),
      csrfToken: result.csrfToken,
    });
  }

  @Mutation(() => Boolean, { description: 'Ends the session and clears its cookies.' })
  async logout(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    await this.auth.logout(ctx);
    const base = { secure: ctx.secureRequest, sameSite: 'lax' as const, path: '/' };
    ctx.clearCookie?.(SESSION_COOKIE, { ...base, httpOnly: true });
    ctx.clearCookie?.(CSRF_COOKIE, { ...base, httpOnly: false });
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Changes your panel password; other sessions are signed out.',
  })
  async changePassword(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => ChangePasswordInputType) input: ChangePasswordInputType,
  ): Promise<boolean> {
    await this.auth.changePassword(ctx, input);
    return true;
  }
}
