import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../infra/graphql/context.js';
import { requireViewer } from '../../infra/graphql/context.js';
import { PageArgsType } from '../../infra/graphql/page.args.js';
import { mapPage } from '../../infra/graphql/pagination.js';
import { CreateWebhookEndpointInputType } from './dto/create-webhook-endpoint.input.js';
import { UpdateWebhookEndpointInputType } from './dto/update-webhook-endpoint.input.js';
import {
  toWebhookDeliveryAttemptType,
  WebhookDeliveryAttemptConnection,
} from './webhook-attempt.type.js';
import { webhookCatalogue, WebhookCatalogueType } from './webhook-catalogue.type.js';
import {
  RotatedWebhookSecretType,
  SentWebhookEventType,
  toWebhookEndpointType,
  WebhookEndpointConnection,
  WebhookEndpointType,
} from './webhook-endpoint.type.js';
import type { WebhookService } from './webhook.service.js';

@Resolver(() => WebhookEndpointType)
export class WebhookResolver {
  constructor(private readonly webhooks: WebhookService) {}

  @Query(() => WebhookCatalogueType, {
    description: 'The event types endpoints may subscribe to (README "Webhooks").',
  })
  webhookCatalogue(@Ctx() ctx: GraphQLContext): WebhookCatalogueType {
    requireViewer(ctx);
    return webhookCatalogue(this.webhooks.allowHttp);
  }

  @Query(() => WebhookEndpointConnection, {
    description: 'Webhook endpoints of the customer you act as.',
  })
  async webhookEndpoints(@Ctx() ctx: GraphQLContext, @Args(() => PageArgsType) args: PageArgsType) {
    return mapPage(await this.webhooks.list(ctx, args), toWebhookEndpointType);
  }

  @Query(() => WebhookEndpointType)
  async webhookEndpoint(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return toWebhookEndpointType(await this.webhooks.get(ctx, id));
  }

  @Query(() => String, {
    description: "The endpoint's `whsec_…` signing secret (for those who may edit it).",
  })
  async webhookEndpointSecret(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
  ): Promise<string> {
    return this.webhooks.secret(ctx, id);
  }

  @Query(() => WebhookDeliveryAttemptConnection, {
    description: "The endpoint's delivery log, newest attempt first.",
  })
  async webhookDeliveryAttempts(
    @Ctx() ctx: GraphQLContext,
    @Arg('endpointId', () => ID) endpointId: string,
    @Args(() => PageArgsType) args: PageArgsType,
  ) {
    return mapPage(
      await this.webhooks.attempts(ctx, endpointId, args),
      toWebhookDeliveryAttemptType,
    );
  }

  @Mutation(() => WebhookEndpointType, {
    description: 'Adds an endpoint with a new signing secret.',
  })
  async createWebhookEndpoint(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateWebhookEndpointInputType) input: CreateWebhookEndpointInputType,
  ) {
    return toWebhookEndpointType(await this.webhooks.create(ctx, input));
  }

  @Mutation(() => WebhookEndpointType, {
    description: 'Changes the fields given; `enabled: false` stops deliveries.',
  })
  async updateWebhookEndpoint(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateWebhookEndpointInputType) input: UpdateWebhookEndpointInputType,
  ) {
    return toWebhookEndpointType(await this.webhooks.update(ctx, id, input));
  }

  @Mutation(() => ID, { description: 'Deletes an endpoint and its delivery log.' })
  async deleteWebhookEndpoint(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
  ): Promise<string> {
    return this.webhooks.delete(ctx, id);
  }

  @Mutation(() => RotatedWebhookSecretType, {
    description: 'Replaces the signing secret at once.',
  })
  async rotateWebhookEndpointSecret(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    const { endpoint, secret } = await this.webhooks.rotateSecret(ctx, id);
    return Object.assign(new RotatedWebhookSecretType(), {
      endpoint: toWebhookEndpointType(endpoint),
      secret,
    });
  }

  @Mutation(() => SentWebhookEventType, {
    description: 'Sends a `webhook.test` event to this endpoint, subscribed to it or not.',
  })
  async sendTestWebhookEvent(
    @Ctx() ctx: GraphQLContext,
    @Arg('endpointId', () => ID) endpointId: string,
  ) {
    return Object.assign(new SentWebhookEventType(), {
      messageId: await this.webhooks.sendTest(ctx, endpointId),
      eventType: 'webhook.test',
    });
  }
}
