import { QueryOrder } from '@mikro-orm/core';
import {
  evaluateMx,
  MX_PROBLEM_STATUSES,
  type DomainMxEventData,
  type MxRecord,
  type MxStatus,
} from '@casella/shared';
import { requireWriter, type CallerContext } from '../../../infra/graphql/context.js';
import { notFound, rateLimited } from '../../../infra/graphql/errors.js';
import { assertId } from '../../../infra/graphql/ids.js';
import type { EntityManager } from '../../../infra/db/orm.js';
import { enqueueOutbox } from '../../../infra/outbox/outbox.js';
import { emitWebhookEvent } from '../../webhooks/webhook-event.emitter.js';
import type { NotificationSettingsService } from '../../notification-settings/notification-settings.service.js';
import { mxNoticeEmail } from './mx-notice.email.js';
import { DomainAliasEntity } from '../../domain-aliases/domain-alias.entity.js';
import { DomainEntity, type DomainState, type MxCheckResult } from '../domain.entity.js';
import type { DnsVerifier, MxLookup } from '../verification/dns-verifier.js';

/** "Check now" again on one domain no sooner than this. */
const RECHECK_MS = 10_000;
/** Domains one periodic run looks at most; the next run goes on from there. */
const RUN_LIMIT = 500;
/** Lookups in flight at once: a silent DNS server costs seconds per domain. */
const PARALLEL = 8;

export interface MxOutcome {
  mxStatus: MxStatus;
  mxCheckedAt: Date;
  mxResult: MxCheckResult;
}

/** A domain or a domain alias, as a check needs it. */
interface CheckTarget {
  entity: typeof DomainEntity | typeof DomainAliasEntity;
  id: string;
  /** The A-label looked up. */
  name: string;
  state: DomainState;
  /** The real domain (itself, or the one the alias stands for) and its customer. */
  domainId: string;
  organisationId: string;
  mxProblemReported: boolean;
}

const domainTarget = (d: DomainEntity): CheckTarget => ({
  entity: DomainEntity,
  id: d.id,
  name: d.name,
  state: d.state,
  domainId: d.id,
  organisationId: d.organisation.id,
  mxProblemReported: d.mxProblemReported,
});

/** An alias counts as ACTIVE only while its domain is: only then does its mail arrive. */
const aliasTarget = (a: DomainAliasEntity): CheckTarget => ({
  entity: DomainAliasEntity,
  id: a.id,
  name: a.name,
  state: a.state === 'ACTIVE' && a.domain.state !== 'ACTIVE' ? a.domain.state : a.state,
  domainId: a.domain.id,
  organisationId: a.domain.organisation.id,
  mxProblemReported: a.mxProblemReported,
});

/**
 * Checks that a domain's MX records point at the platform's MX hosts: "check
 * now" for a domain the caller can see, and the periodic sweep that looks at
 * every ACTIVE domain about once every MX_CHECK_HOURS. A problem is a DNS
 * status of the domain, not a state: mail keeps flowing wherever DNS sends it.
 * An ACTIVE domain entering a problem, and leaving it, is reported once each
 * to the customer's webhooks (`domain.mx.problem`, `domain.mx.fixed`) and,
 * unless it turned them off, by e-mail to its contact address.
 */
export class MxCheckService {
  constructor(
    private readonly dns: DnsVerifier,
    /** MAIL_MX_HOSTS, most preferred first. */
    readonly mxHosts: readonly string[],
    private readonly intervalHours: number,
    private readonly notices: NotificationSettingsService,
    /** Lookups in flight at once (the benchmark compares it with one at a time). */
    private readonly parallel = PARALLEL,
  ) {}

  /** The records a domain should publish: the platform's hosts, 10 apart. */
  get expected(): MxRecord[] {
    return this.mxHosts.map((host, i) => ({ priority: (i + 1) * 10, host }));
  }

  /** What one lookup means for the domain. */
  outcome(lookup: MxLookup): MxOutcome {
    const mxCheckedAt = new Date();
    if (lookup.error) {
      return {
        mxStatus: 'LOOKUP_FAILED',
        mxCheckedAt,
        mxResult: { records: [], foreignHosts: [], nameMissing: false, detail: lookup.error },
      };
    }
    const { status, foreignHosts } = evaluateMx(lookup.records, this.mxHosts);
    const detail =
      status === 'MISSING'
        ? lookup.nameMissing
          ? 'The domain does not exist in DNS.'
          : 'The domain has no MX record: mail for it is not delivered here.'
        : status === 'WRONG'
          ? `MX records point elsewhere: ${foreignHosts.join(', ')}.`
          : null;
    return {
      mxStatus: status,
      mxCheckedAt,
      mxResult: { records: lookup.records, foreignHosts, nameMissing: lookup.nameMissing, detail },
    };
  }

  /**
   * Stores a check's outcome and, when an ACTIVE name enters or leaves a
   * problem, emits the event in the same transaction. The update is guarded by
   * the reported flag read before the lookup: of two checks racing on one
   * name, only one reports the change.
   */
  private async record(
    em: EntityManager,
    target: CheckTarget,
    o: MxOutcome,
  ): Promise<MxOutcome & { mxProblemReported: boolean }> {
    const problem = MX_PROBLEM_STATUSES.includes(o.mxStatus);
    const report =
      target.state === 'ACTIVE' && problem && !target.mxProblemReported
        ? ('domain.mx.problem' as const)
        : target.mxProblemReported && o.mxStatus === 'OK'
          ? ('domain.mx.fixed' as const)
          : null;
    const stored = {
      ...o,
      mxProblemReported: report ? report === 'domain.mx.problem' : target.mxProblemReported,
    };
    await em.transactional(async (tx) => {
      const changed = await tx.nativeUpdate(
        target.entity,
        { id: target.id, mxProblemReported: target.mxProblemReported },
        stored,
      );
      if (!report || changed === 0) return;
      const data: DomainMxEventData = {
        domainId: target.domainId,
        domainAliasId: target.entity === DomainAliasEntity ? target.id : null,
        domain: target.name,
        status: o.mxStatus,
        records: o.mxResult.records,
        foreignHosts: o.mxResult.foreignHosts,
        expected: this.expected,
        checkedAt: o.mxCheckedAt.toISOString(),
      };
      emitWebhookEvent(tx, { id: target.organisationId }, report, data);
      const recipient = await this.notices.mxRecipient(tx, target.organisationId);
      if (recipient) enqueueOutbox(tx, 'email.send', mxNoticeEmail(data, recipient));
    });
    return stored;
  }

  /** Refuses a "check now" of a name checked seconds ago. */
  private assertNotRecent(checkedAt: Date | null | undefined): void {
    const since = checkedAt ? Date.now() - checkedAt.getTime() : Infinity;
    if (since < RECHECK_MS) {
      throw rateLimited(
        'The MX records were checked a moment ago; wait a few seconds before checking again.',
        Math.ceil((RECHECK_MS - since) / 1000),
      );
    }
  }

  /**
   * Looks a name up and records it. Through a fork of its own: through the
   * request's EntityManager, whose identity map holds the entity as loaded,
   * the committed transaction left the row as it was on SQLite.
   */
  private async checkTarget(ctx: CallerContext, target: CheckTarget) {
    return this.record(ctx.em.fork(), target, this.outcome(await this.dns.lookupMx(target.name)));
  }

  /** "Check now" of a domain: looks its MX records up at once. */
  async checkNow(ctx: CallerContext, id: string): Promise<DomainEntity> {
    requireWriter(ctx);
    assertId('domain', id);
    const domain = await ctx.em.findOne(DomainEntity, { id });
    if (!domain) throw notFound('Domain');
    this.assertNotRecent(domain.mxCheckedAt);
    // Written already; a later flush of this request would write the same values.
    return Object.assign(domain, await this.checkTarget(ctx, domainTarget(domain)));
  }

  /** "Check now" of a domain alias. */
  async checkAliasNow(ctx: CallerContext, id: string): Promise<DomainAliasEntity> {
    requireWriter(ctx);
    assertId('domainAlias', id);
    const alias = await ctx.em.findOne(DomainAliasEntity, { id }, { populate: ['domain'] });
    if (!alias) throw notFound('DomainAlias');
    this.assertNotRecent(alias.mxCheckedAt);
    return Object.assign(alias, await this.checkTarget(ctx, aliasTarget(alias)));
  }

  /**
   * The periodic sweep: ACTIVE domains, then ACTIVE aliases of ACTIVE
   * domains, never checked or checked longer than MX_CHECK_HOURS ago, oldest
   * first. Each result is written by itself, so a run cut short keeps what it
   * did and the next one goes on from there. A lookup that fails is tried
   * once more before it is recorded.
   */
  async checkDue(em: EntityManager, signal?: AbortSignal, limit = RUN_LIMIT): Promise<number> {
    const before = new Date(Date.now() - this.intervalHours * 3_600_000);
    const stale = { $or: [{ mxCheckedAt: null }, { mxCheckedAt: { $lt: before } }] };
    const order = { orderBy: { mxCheckedAt: QueryOrder.ASC_NULLS_FIRST }, limit };
    const domains = await em.find(DomainEntity, { state: 'ACTIVE', ...stale }, order);
    const aliases = await em.find(
      DomainAliasEntity,
      { state: 'ACTIVE', domain: { state: 'ACTIVE' }, ...stale },
      { ...order, populate: ['domain'] },
    );
    const due = [...domains.map(domainTarget), ...aliases.map(aliasTarget)];
    let next = 0;
    const worker = async () => {
      while (next < due.length && !signal?.aborted) {
        const target = due[next++]!;
        let lookup = await this.dns.lookupMx(target.name);
        if (lookup.error) lookup = await this.dns.lookupMx(target.name);
        // Each worker records through its own fork: transactions must not interleave on one.
        await this.record(em.fork(), target, this.outcome(lookup));
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.parallel, due.length) }, worker));
    return Math.min(next, due.length);
  }
}
