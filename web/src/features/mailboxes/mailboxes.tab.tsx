import type { DomainTabProps } from '../domains/domain-tab.props';

// Placeholder until the tab is built.
export const MailboxesTab = (_props: DomainTabProps) => null;
