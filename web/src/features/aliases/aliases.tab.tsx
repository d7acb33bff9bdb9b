import type { DomainTabProps } from '../domains/domain-tab.props';

// Placeholder until the tab is built.
export const AliasesTab = (_props: DomainTabProps) => null;
