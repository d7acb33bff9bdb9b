import { updateMyMailboxInputSchema } from '@casella/shared';
import { z } from 'zod';

const shape = updateMyMailboxInputSchema.shape;

/** The forwards part of the shared self-service schema, both fields always present. */
export const forwardsFormSchema = z.object({
  forwards: shape.forwards.unwrap(),
  keepCopy: shape.keepCopy.unwrap(),
});
export type ForwardsFormInput = z.input<typeof forwardsFormSchema>;
export type ForwardsFormOutput = z.output<typeof forwardsFormSchema>;
