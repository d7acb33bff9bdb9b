import type { DomainTabProps } from '../domains/domain-tab.props';

// Placeholder until the tab is built.
export const DomainAliasesTab = (_props: DomainTabProps) => null;
