import { mailboxPasswordSchema } from '@casella/shared';
import type { EntityManager } from '../../infra/db/orm.js';
import type { CallerContext } from '../../infra/graphql/context.js';
import { fromZodError, validationFailed } from '../../infra/graphql/errors.js';
import {
  hashMailboxPassword,
  verifyMailboxPassword,
} from '../../platform/passwords/mailbox-password.js';
import { recordAudit } from '../audit/audit.service.js';
import { DomainEntity } from '../domains/domain.entity.js';
import { MailboxEntity } from '../mailboxes/mailbox.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { SessionEntity } from './session.entity.js';
import { isChainActive } from './viewer-builder.js';
import type { Viewer } from './viewer.js';

export type MailboxPrincipal =
  | { ok: true; mailbox: MailboxEntity; customer: OrganisationEntity }
  | { ok: false; reason: 'unknown'; mailbox: null; message: string }
  | { ok: false; reason: 'refused'; mailbox: MailboxEntity; message: string };

/** `Mario@Città.it` → `mario@xn--citt-3na.it`: how addresses are stored. */
export const toAsciiAddress = (address: string): string => {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at).trim().toLowerCase();
  const domain = address
    .slice(at + 1)
    .trim()
    .toLowerCase();
  try {
    return `${local}@${new URL(`http://${domain}`).hostname}`;
  } catch {
    return `${local}@${domain}`;
  }
};

/**
 * The mailbox behind a login, and whether it may sign in: the mailbox and its
 * domain usable, the customer and everything above it active. Domain-alias
 * addresses are not logins (the guide: "no e-mail or domain aliases").
 */
export const loadMailboxPrincipal = async (
  em: EntityManager,
  where: { id: string } | { address: string },
): Promise<MailboxPrincipal> => {
  const mailbox = await em.findOne(MailboxEntity, where, { filters: false });
  if (!mailbox)
    return { ok: false, reason: 'unknown', mailbox: null, message: 'Wrong login or password.' };
  const domain = await em.findOneOrFail(
    DomainEntity,
    { id: mailbox.domain.id },
    { filters: false },
  );
  const customer = await em.findOneOrFail(
    OrganisationEntity,
    { id: domain.organisation.id },
    { filters: false },
  );
  if (mailbox.state !== 'ACTIVE') {
    return {
      ok: false,
      reason: 'refused',
      mailbox,
      message: `This mailbox is ${mailbox.state.toLowerCase()}. Ask your administrator.`,
    };
  }
  if (domain.state === 'DISABLED') {
    return {
      ok: false,
      reason: 'refused',
      mailbox,
      message: 'This domain is disabled. Ask your administrator.',
    };
  }
  if (
    ['SUSPENDED', 'ERROR'].includes(domain.state) ||
    !(await isChainActive(em, customer.tenantPath))
  ) {
    return {
      ok: false,
      reason: 'refused',
      mailbox,
      message: 'This domain is suspended. Contact your provider.',
    };
  }
  return { ok: true, mailbox, customer };
};

/** A mailbox owner's own password change; other sessions of the mailbox end. */
export const changeMailboxPassword = async (
  ctx: CallerContext,
  viewer: Viewer,
  currentPassword: string | undefined,
  newPassword: string | undefined,
): Promise<void> => {
  const mailbox = await ctx.em.findOneOrFail(
    MailboxEntity,
    { id: viewer.userId },
    { filters: false },
  );
  if (!currentPassword || !verifyMailboxPassword(mailbox.passwordHash, currentPassword)) {
    throw validationFailed([
      { field: 'currentPassword', code: 'MISMATCH', message: 'The current password is wrong' },
    ]);
  }
  const parsed = mailboxPasswordSchema.safeParse(newPassword ?? '');
  if (!parsed.success) throw fromZodError(parsed.error, 'newPassword');
  mailbox.passwordHash = hashMailboxPassword(parsed.data);
  recordAudit(ctx, {
    action: 'mailbox.password.change',
    objectType: 'Mailbox',
    objectId: mailbox.id,
    objectLabel: mailbox.address,
    tenantPath: mailbox.tenantPath,
  });
  await ctx.em.flush();
  const sessionId = viewer.credential.kind === 'SESSION' ? viewer.credential.sessionId : '';
  await ctx.em.nativeDelete(
    SessionEntity,
    { mailbox: mailbox.id, id: { $ne: sessionId } },
    { filters: false },
  );
};
