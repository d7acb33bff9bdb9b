import { autoresponderSchema } from '@casella/shared';
import { z } from 'zod';

/** `datetime-local` text (local time) to a Date; empty means no limit. */
export const localToDate = (v: string): Date | null => (v ? new Date(v) : null);

/** An API DateTime as `datetime-local` text, in the browser's time zone. */
export const isoToLocal = (iso: string | null | undefined): string => {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** The autoresponder controls as text; the shared schema checks the dates as Dates. */
export const autoresponderFieldsSchema = z
  .object({
    enabled: z.boolean(),
    subject: z.string(),
    body: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
  })
  .superRefine((v, ctx) => {
    const shared = autoresponderSchema.safeParse({
      ...v,
      startsAt: localToDate(v.startsAt),
      endsAt: localToDate(v.endsAt),
    });
    if (!shared.success)
      for (const issue of shared.error.issues) ctx.addIssue({ ...issue, code: 'custom' });
  });
export type AutoresponderFieldValues = z.input<typeof autoresponderFieldsSchema>;

/**
 * Nested under `autoresponder` so server field paths (`autoresponder.endsAt`)
 * land on the controls as they are.
 */
export const autoresponderFormSchema = z.object({ autoresponder: autoresponderFieldsSchema });
export type AutoresponderFormValues = z.input<typeof autoresponderFormSchema>;

/** An autoresponder as the API returns it, as form values. */
export const toAutoresponderFields = (a: {
  enabled: boolean;
  subject: string;
  body: string;
  startsAt?: string | null;
  endsAt?: string | null;
}): AutoresponderFieldValues => ({
  enabled: a.enabled,
  subject: a.subject,
  body: a.body,
  startsAt: isoToLocal(a.startsAt),
  endsAt: isoToLocal(a.endsAt),
});

export const toAutoresponderInput = ({ autoresponder: v }: AutoresponderFormValues) => ({
  enabled: v.enabled,
  subject: v.subject.trim(),
  body: v.body,
  startsAt: localToDate(v.startsAt)?.toISOString() ?? null,
  endsAt: localToDate(v.endsAt)?.toISOString() ?? null,
});
