import { panelPasswordSchema, updateUserInputSchema } from '@casella/shared';
import { z } from 'zod';

/** The shared update schema plus an optional new password (empty keeps the old one). */
export const editUserSchema = updateUserInputSchema.extend({
  password: z.union([z.literal(''), panelPasswordSchema]),
});
export type EditUserFormValues = z.input<typeof editUserSchema>;
export type EditUserValues = z.output<typeof editUserSchema>;
