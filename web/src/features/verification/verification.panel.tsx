// Placeholder until the panel is built.
export interface VerificationPanelProps {
  kind: 'DOMAIN' | 'DOMAIN_ALIAS';
  id: string;
}

export const VerificationPanel = (_props: VerificationPanelProps) => null;
