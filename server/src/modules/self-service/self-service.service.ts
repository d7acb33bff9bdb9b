import { updateMyMailboxInputSchema, type UpdateMyMailboxInput } from '@casella/shared';
import type { CallerContext } from '../../infra/graphql/context.js';
import { requireViewer } from '../../infra/graphql/context.js';
import { forbidden, fromZodError } from '../../infra/graphql/errors.js';
import { diff, recordAudit } from '../audit/audit.service.js';
import { changeMailboxPassword } from '../auth/mailbox-principal.js';
import type { Viewer } from '../auth/viewer.js';
import { applyAutoresponder, autoresponderSnapshot } from '../mailboxes/autoresponder.js';
import { MailboxEntity } from '../mailboxes/mailbox.entity.js';

/** A mailbox owner's own mailbox: usage and quota, password, autoresponder, forwards — nothing else. */
export class SelfServiceService {
  private requireMailboxOwner(ctx: CallerContext): Viewer {
    const viewer = requireViewer(ctx);
    if (viewer.kind === 'PANEL_USER')
      throw forbidden(
        'Only mailbox owners and postmasters have their own mailbox; sign in with your e-mail address.',
      );
    return viewer;
  }

  async mine(ctx: CallerContext): Promise<MailboxEntity> {
    const viewer = this.requireMailboxOwner(ctx);
    // Looked up by the session's own mailbox ID: a mailbox owner has no tenant scope.
    return ctx.em.findOneOrFail(
      MailboxEntity,
      { id: viewer.userId },
      { filters: false, populate: ['domain'] },
    );
  }

  async update(ctx: CallerContext, raw: UpdateMyMailboxInput): Promise<MailboxEntity> {
    const viewer = this.requireMailboxOwner(ctx);
    const parsed = updateMyMailboxInputSchema.safeParse(raw);
    if (!parsed.success) throw fromZodError(parsed.error);
    const input = parsed.data;
    if (input.newPassword)
      await changeMailboxPassword(ctx, viewer, input.currentPassword, input.newPassword);
    const mailbox = await this.mine(ctx);
    const snapshot = (m: MailboxEntity) => ({
      forwards: m.forwards,
      keepCopy: m.keepCopy,
      autoresponder: autoresponderSnapshot(m),
    });
    const before = snapshot(mailbox);
    if (input.forwards !== undefined)
      mailbox.forwards = [...new Set(input.forwards)].filter((f) => f !== mailbox.address);
    if (input.keepCopy !== undefined) mailbox.keepCopy = input.keepCopy;
    if (input.autoresponder !== undefined) applyAutoresponder(mailbox, input.autoresponder);
    const changes = diff(before, snapshot(mailbox));
    if (Object.keys(changes.after).length) {
      recordAudit(ctx, {
        action: 'mailbox.self_update',
        objectType: 'Mailbox',
        objectId: mailbox.id,
        objectLabel: mailbox.address,
        tenantPath: mailbox.tenantPath,
        ...changes,
      });
    }
    await ctx.em.flush();
    return mailbox;
  }
}
