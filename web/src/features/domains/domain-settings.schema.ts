import { domainSettingsInputSchema } from '@casella/shared';
import type { z } from 'zod';

/** The form edits exactly what the API takes, checked by the shared rule. */
export const domainSettingsFormSchema = domainSettingsInputSchema;
export type DomainSettingsFormInput = z.input<typeof domainSettingsFormSchema>;
export type DomainSettingsFormOutput = z.output<typeof domainSettingsFormSchema>;

/** At most this many addresses or networks (DESIGN §3); the shared rule says the same. */
export const MAX_ALLOWED_IPS = 5;
