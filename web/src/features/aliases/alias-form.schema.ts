import { aliasInputSchema } from '@casella/shared';
import { z } from 'zod';

/** The shared alias rules; editing keeps the address and changes the destinations. */
export const createAliasFormSchema = aliasInputSchema;
export const editAliasFormSchema = z.object({
  localPart: z.string(),
  destinations: aliasInputSchema.shape.destinations,
});
export type AliasFormInput = z.input<typeof createAliasFormSchema>;
export type AliasFormValues = z.output<typeof createAliasFormSchema>;
