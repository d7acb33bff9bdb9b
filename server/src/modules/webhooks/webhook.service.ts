import {
  MAX_WEBHOOK_ENDPOINTS,
  updateWebhookEndpointInputSchema,
  WEBHOOK_URL_MESSAGES,
  webhookEndpointInputSchema,
} from '@casella/shared';
import type { CallerContext } from '../../infra/graphql/context.js';
import { conflict, fromZodError, notFound, validationFailed } from '../../infra/graphql/errors.js';
import { assertId } from '../../infra/graphql/ids.js';
import { paginate, type Page, type PageArgs } from '../../infra/graphql/pagination.js';
import {
  AddressRefusedError,
  UnresolvableHostError,
  type AddressGuard,
} from '../../infra/net/address-guard.js';
import type { SecretBox } from '../../infra/security/secret-box.js';
import { diff, recordAudit, type AuditRecord } from '../audit/audit.service.js';
import { requireNotificationsAccess } from '../notification-settings/notifications-access.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { WebhookAttemptEntity } from './webhook-attempt.entity.js';
import { WebhookEndpointEntity } from './webhook-endpoint.entity.js';
import { emitWebhookEvent } from './webhook-event.emitter.js';
import { newWebhookSecret } from './webhook-signature.js';

export interface WebhookServiceDeps {
  secrets: SecretBox;
  guard: AddressGuard;
  /** Plain http:// receivers, in development only. */
  allowHttp: boolean;
}

/** An endpoint as callers send it; the shared schema checks it, event types included. */
export interface WebhookEndpointRawInput {
  url: string;
  description?: string | null;
  eventTypes: string[];
  enabled?: boolean | null;
}

/** GraphQL's null for an optional input field means "not given". */
const dropNulls = <T extends object>(input: T): T =>
  Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined)) as T;

/** What the audit log keeps of an endpoint: never its secret. */
const auditView = (e: WebhookEndpointEntity) => ({
  url: e.url,
  description: e.description,
  eventTypes: e.eventTypes,
  enabled: e.enabled,
});

const auditRecord = (
  e: WebhookEndpointEntity,
  verb: 'create' | 'update' | 'delete' | 'rotate_secret' | 'test' | 'disable',
): AuditRecord => ({
  action: `webhook_endpoint.${verb}`,
  objectType: 'WebhookEndpoint',
  objectId: e.id,
  objectLabel: e.url,
  tenantPath: e.tenantPath,
});

/** A customer's webhook endpoints: CRUD, secrets, test events and the delivery log. */
export class WebhookService {
  constructor(private readonly deps: WebhookServiceDeps) {}

  get allowHttp(): boolean {
    return this.deps.allowHttp;
  }

  async list(ctx: CallerContext, page: PageArgs): Promise<Page<WebhookEndpointEntity>> {
    const viewer = requireNotificationsAccess(ctx, 'read');
    return paginate(
      ctx.em,
      WebhookEndpointEntity,
      { organisation: viewer.actingAs.id },
      { field: 'createdAt', direction: 'ASC' },
      page,
    );
  }

  async get(ctx: CallerContext, id: string, mode: 'read' | 'write' = 'read') {
    const viewer = requireNotificationsAccess(ctx, mode);
    assertId('webhookEndpoint', id);
    const endpoint = await ctx.em.findOne(WebhookEndpointEntity, {
      id,
      organisation: viewer.actingAs.id,
    });
    if (!endpoint) throw notFound('WebhookEndpoint');
    return endpoint;
  }

  /** The signing secret in clear: for those who may change the endpoint. */
  async secret(ctx: CallerContext, id: string): Promise<string> {
    return this.deps.secrets.open((await this.get(ctx, id, 'write')).secretSealed);
  }

  async create(ctx: CallerContext, raw: WebhookEndpointRawInput): Promise<WebhookEndpointEntity> {
    const viewer = requireNotificationsAccess(ctx, 'write');
    const parsed = webhookEndpointInputSchema(this.deps).safeParse(dropNulls(raw));
    if (!parsed.success) throw fromZodError(parsed.error);
    await this.checkAddress(parsed.data.url);
    const organisation = await ctx.em.findOneOrFail(OrganisationEntity, {
      id: viewer.actingAs.id,
    });
    const count = await ctx.em.count(WebhookEndpointEntity, { organisation });
    if (count >= MAX_WEBHOOK_ENDPOINTS)
      throw conflict(`An organisation has at most ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints.`);
    const endpoint = new WebhookEndpointEntity();
    Object.assign(endpoint, {
      organisation,
      tenantPath: organisation.tenantPath,
      ...parsed.data,
      disabledReason: parsed.data.enabled ? null : 'MANUAL',
      secretSealed: this.deps.secrets.seal(newWebhookSecret()),
    });
    ctx.em.persist(endpoint);
    recordAudit(ctx, { ...auditRecord(endpoint, 'create'), after: auditView(endpoint) });
    await ctx.em.flush();
    return endpoint;
  }

  async update(
    ctx: CallerContext,
    id: string,
    raw: Partial<WebhookEndpointRawInput>,
  ): Promise<WebhookEndpointEntity> {
    const endpoint = await this.get(ctx, id, 'write');
    const parsed = updateWebhookEndpointInputSchema(this.deps).safeParse(dropNulls(raw));
    if (!parsed.success) throw fromZodError(parsed.error);
    const changes = dropNulls(parsed.data);
    if (changes.url !== undefined && changes.url !== endpoint.url)
      await this.checkAddress(changes.url);
    const before = auditView(endpoint);
    Object.assign(endpoint, changes);
    if (changes.enabled !== undefined)
      endpoint.disabledReason = changes.enabled ? null : (endpoint.disabledReason ?? 'MANUAL');
    const changed = diff(before, auditView(endpoint));
    if (Object.keys(changed.after).length > 0) {
      recordAudit(ctx, { ...auditRecord(endpoint, 'update'), ...changed });
      await ctx.em.flush();
    }
    return endpoint;
  }

  async delete(ctx: CallerContext, id: string): Promise<string> {
    const endpoint = await this.get(ctx, id, 'write');
    recordAudit(ctx, { ...auditRecord(endpoint, 'delete'), before: auditView(endpoint) });
    ctx.em.remove(endpoint);
    await ctx.em.flush();
    return id;
  }

  /** A new secret at once; receivers must switch to it (the old one stops signing). */
  async rotateSecret(
    ctx: CallerContext,
    id: string,
  ): Promise<{ endpoint: WebhookEndpointEntity; secret: string }> {
    const endpoint = await this.get(ctx, id, 'write');
    const secret = newWebhookSecret();
    endpoint.secretSealed = this.deps.secrets.seal(secret);
    endpoint.secretRotatedAt = new Date();
    recordAudit(ctx, auditRecord(endpoint, 'rotate_secret'));
    await ctx.em.flush();
    return { endpoint, secret };
  }

  /** Sends `webhook.test` to this endpoint (subscribed or not); returns its `webhook-id`. */
  async sendTest(ctx: CallerContext, id: string): Promise<string> {
    const endpoint = await this.get(ctx, id, 'write');
    if (!endpoint.enabled)
      throw conflict('This endpoint is disabled: enable it to send it a test event.');
    const messageId = emitWebhookEvent(
      ctx.em,
      endpoint.organisation,
      'webhook.test',
      { endpointId: endpoint.id, message: 'A test event from Casella.' },
      { endpointId: endpoint.id },
    );
    recordAudit(ctx, { ...auditRecord(endpoint, 'test'), after: { messageId } });
    await ctx.em.flush();
    return messageId;
  }

  /** The endpoint's delivery log, newest attempt first. */
  async attempts(
    ctx: CallerContext,
    endpointId: string,
    page: PageArgs,
  ): Promise<Page<WebhookAttemptEntity>> {
    const endpoint = await this.get(ctx, endpointId);
    const result = await paginate(
      ctx.em,
      WebhookAttemptEntity,
      { endpoint },
      { field: 'createdAt', direction: 'DESC' },
      page,
    );
    await ctx.em.populate(
      result.edges.map((e) => e.node),
      ['delivery'],
    );
    return result;
  }

  /** The save-time half of the address check (the sender checks again at each attempt). */
  private async checkAddress(url: string): Promise<void> {
    try {
      await this.deps.guard.resolve(new URL(url).hostname);
    } catch (error) {
      if (error instanceof AddressRefusedError)
        throw validationFailed([
          { field: 'url', code: 'NOT_ALLOWED', message: WEBHOOK_URL_MESSAGES.privateAddress },
        ]);
      if (error instanceof UnresolvableHostError)
        throw validationFailed([
          { field: 'url', code: 'INVALID_VALUE', message: WEBHOOK_URL_MESSAGES.unresolvable },
        ]);
      throw error;
    }
  }
}
