import type { Config } from './infra/config/config.js';
import type { JobQueue } from './infra/jobs/job-runner.js';
import { DomainService } from './modules/domains/domain.service.js';
import { DomainStateService } from './modules/domains/domain-state.service.js';
import { MxCheckService } from './modules/domains/mx/mx-check.service.js';
import { DnsVerifier } from './modules/domains/verification/dns-verifier.js';
import { OwnershipVerifier } from './modules/domains/verification/ownership-verifier.js';
import { MailboxService } from './modules/mailboxes/mailbox.service.js';
import { AliasService } from './modules/aliases/alias.service.js';
import { DomainAliasService } from './modules/domain-aliases/domain-alias.service.js';
import { SelfServiceService } from './modules/self-service/self-service.service.js';
import { ClientSettingsService } from './modules/client-settings/client-settings.service.js';
import { DomainProfileService } from './modules/domain-profiles/domain-profile.service.js';
import { ApiTokenService } from './modules/api-tokens/api-token.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { LoginThrottleService } from './modules/auth/login-throttle.service.js';
import { OrganisationService } from './modules/organisations/organisation.service.js';
import { UserService } from './modules/users/user.service.js';
import { BrandingService } from './modules/branding/branding.service.js';
import { DashboardService } from './modules/dashboard/dashboard.service.js';
import { AddressGuard } from './infra/net/address-guard.js';
import type { SecretBox } from './infra/security/secret-box.js';
import { WebhookService } from './modules/webhooks/webhook.service.js';
import { NotificationSettingsService } from './modules/notification-settings/notification-settings.service.js';
import { QuotaWarningService } from './modules/quota-warnings/quota-warning.service.js';

/** Every feature service, built once per process. */
export interface Services {
  auth: AuthService;
  organisations: OrganisationService;
  users: UserService;
  apiTokens: ApiTokenService;
  audit: AuditService;
  brandings: BrandingService;
  dashboard: DashboardService;
  domains: DomainService;
  domainStates: DomainStateService;
  mailboxes: MailboxService;
  aliases: AliasService;
  domainAliases: DomainAliasService;
  selfService: SelfServiceService;
  clientSettings: ClientSettingsService;
  domainProfiles: DomainProfileService;
  webhooks: WebhookService;
  notificationSettings: NotificationSettingsService;
  /** System rules (no resolver): run by the quota check jobs and by mailbox changes. */
  quotaWarnings: QuotaWarningService;
  mxChecks: MxCheckService;
}

export const createServices = (config: Config, jobs: JobQueue, secrets: SecretBox): Services => {
  const throttle = new LoginThrottleService({
    maxFailuresPerAccount: config.LOGIN_MAX_FAILURES,
    maxFailuresPerIp: config.LOGIN_MAX_FAILURES_PER_IP,
    lockMinutes: config.LOGIN_LOCK_MINUTES,
  });
  const auth = new AuthService(config.SESSION_TTL_HOURS, throttle);
  const dns = new DnsVerifier(config.DNS_SERVERS);
  const verifier = new OwnershipVerifier(dns, config.VERIFY_IP);
  const domainProfiles = new DomainProfileService();
  const domains = new DomainService(verifier, jobs, domainProfiles, config.MAILBOX_MAX_MESSAGES);
  const notificationSettings = new NotificationSettingsService();
  const quotaWarnings = new QuotaWarningService(notificationSettings);
  const mailboxes = new MailboxService(config.MAILBOX_MAX_MESSAGES, quotaWarnings);
  const selfService = new SelfServiceService();
  return {
    auth,
    organisations: new OrganisationService(auth),
    users: new UserService(),
    apiTokens: new ApiTokenService(),
    audit: new AuditService(),
    brandings: new BrandingService(config.BRANDINGS_FILE),
    dashboard: new DashboardService(),
    mailboxes,
    aliases: new AliasService(),
    domains,
    domainStates: new DomainStateService(domains),
    domainProfiles,
    domainAliases: new DomainAliasService(domains, jobs),
    selfService,
    clientSettings: new ClientSettingsService(
      { imap: config.MAIL_IMAP_HOST, pop: config.MAIL_POP_HOST, smtp: config.MAIL_SMTP_HOST },
      mailboxes,
      selfService,
    ),
    webhooks: new WebhookService({
      secrets,
      guard: new AddressGuard(config.WEBHOOKS_ALLOWED_NETWORKS),
      allowHttp: config.NODE_ENV === 'development',
    }),
    notificationSettings,
    quotaWarnings,
    mxChecks: new MxCheckService(
      dns,
      config.MAIL_MX_HOSTS,
      config.MX_CHECK_HOURS,
      notificationSettings,
    ),
  };
};
