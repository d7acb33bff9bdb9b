import type { CallerContext } from '../../infra/graphql/context.js';
import { requireViewer } from '../../infra/graphql/context.js';
import { DomainEntity } from '../domains/domain.entity.js';
import type { MailboxService } from '../mailboxes/mailbox.service.js';
import type { SelfServiceService } from '../self-service/self-service.service.js';

export interface ClientHosts {
  imap: string;
  pop: string;
  smtp: string;
}

export interface ClientSettings {
  login: string;
  imap: { host: string; port: number; security: string; enabled: boolean };
  pop: { host: string; port: number; security: string; enabled: boolean };
  smtp: { host: string; port: number; security: string; enabled: boolean };
}

/** Client parameters of a mailbox (the guide's "Parametri per l'accesso da client mail"). */
export class ClientSettingsService {
  constructor(
    private readonly hosts: ClientHosts,
    private readonly mailboxes: MailboxService,
    private readonly selfService: SelfServiceService,
  ) {}

  async forMailbox(ctx: CallerContext, mailboxId?: string | null): Promise<ClientSettings> {
    const viewer = requireViewer(ctx);
    const mailbox =
      mailboxId || viewer.kind === 'PANEL_USER'
        ? await this.mailboxes.get(ctx, mailboxId ?? '')
        : await this.selfService.mine(ctx);
    const domain = await ctx.em.findOneOrFail(
      DomainEntity,
      { id: mailbox.domain.id },
      { filters: false },
    );
    return {
      login: mailbox.address,
      imap: {
        host: this.hosts.imap,
        port: 993,
        security: 'TLS',
        enabled: mailbox.imapEnabled && domain.imapEnabled,
      },
      pop: {
        host: this.hosts.pop,
        port: 995,
        security: 'TLS',
        enabled: mailbox.popEnabled && domain.popEnabled,
      },
      smtp: {
        host: this.hosts.smtp,
        port: 587,
        security: 'STARTTLS',
        enabled: mailbox.smtpEnabled && domain.smtpEnabled,
      },
    };
  }
}
