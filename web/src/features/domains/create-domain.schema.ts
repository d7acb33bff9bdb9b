import { coded, createDomainInputSchema } from '@casella/shared';
import { z } from 'zod';

/** The shared rule for a new domain, plus the customer a reseller or the platform must name. */
export const createDomainFormSchema = (picksCustomer: boolean) =>
  z
    .object({
      customerId: picksCustomer ? z.string().min(1, coded('REQUIRED', 'Required')) : z.string(),
    })
    .and(createDomainInputSchema);

export type CreateDomainFormInput = z.input<ReturnType<typeof createDomainFormSchema>>;
export type CreateDomainFormOutput = z.output<ReturnType<typeof createDomainFormSchema>>;
