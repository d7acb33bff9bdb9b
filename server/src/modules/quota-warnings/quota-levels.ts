import {
  QUOTA_METRICS,
  QUOTA_RECOVERED_PERCENT,
  QUOTA_WARNING_PERCENTS,
  type QuotaMetric,
  type QuotaWarningPercent,
} from '@casella/shared';

/** How far a mailbox has been warned about one limit: not at all, above 80 %, above 95 %. */
export type QuotaLevel = 0 | QuotaWarningPercent;

/** The notice a step sends: a warning at 80 or 95, or the all-clear at 75. */
export type QuotaNotice = QuotaWarningPercent | typeof QUOTA_RECOVERED_PERCENT;

export interface QuotaStep {
  level: QuotaLevel;
  notice: QuotaNotice | null;
}

const [WARN, URGENT] = QUOTA_WARNING_PERCENTS;

/**
 * The hysteresis of quota warnings, for one limit. Going above 80 % warns once,
 * above 95 % once more; a mailbox that jumps from below 80 % straight above
 * 95 % gets only the 95 % notice (the 80 % one would be stale on arrival).
 * Nothing is sent again until usage falls below 75 %, which sends the
 * all-clear and re-arms both warnings; in between (75–95 % after a 95 %
 * warning, 75–80 % after an 80 % one) the level stays where it is.
 * Compared exactly, not on rounded percentages: "above 80 %" is used/limit > 0.8.
 */
export const nextQuotaLevel = (current: QuotaLevel, used: number, limit: number): QuotaStep => {
  const stay: QuotaStep = { level: current, notice: null };
  if (!(limit > 0)) return stay;
  const above = (percent: number) => used * 100 > limit * percent;
  if (above(URGENT)) return current === URGENT ? stay : { level: URGENT, notice: URGENT };
  if (above(WARN)) return current === 0 ? { level: WARN, notice: WARN } : stay;
  if (used * 100 < limit * QUOTA_RECOVERED_PERCENT)
    return current === 0 ? stay : { level: 0, notice: QUOTA_RECOVERED_PERCENT };
  return stay;
};

/** `used` as a whole percentage of `limit`, rounded down (what notices show). */
export const usagePercent = (used: number, limit: number): number =>
  limit > 0 ? Math.floor((used * 100) / limit) : 0;

export type QuotaLevels = Record<QuotaMetric, QuotaLevel>;

/** A threshold a mailbox crossed, as its notices report it. */
export interface QuotaCrossing {
  metric: QuotaMetric;
  threshold: QuotaNotice;
  used: number;
  limit: number;
}

/** Usage against limits, per metric: bytes against the quota (MiB, as Dovecot's `M`), messages against the count. */
export const quotaFigures = (
  mailbox: { quotaMb: number; maxMessages: number },
  usage: { bytes: number; messages: number },
): Record<QuotaMetric, { used: number; limit: number }> => ({
  storage: { used: usage.bytes, limit: mailbox.quotaMb * 1024 * 1024 },
  messages: { used: usage.messages, limit: mailbox.maxMessages },
});

/** Both limits at once: the levels a mailbox moves to, and the crossings on the way (none: nothing moves). */
export const stepQuotaLevels = (
  from: QuotaLevels,
  figures: Record<QuotaMetric, { used: number; limit: number }>,
): { to: QuotaLevels; crossings: QuotaCrossing[] } => {
  const to = { ...from };
  const crossings: QuotaCrossing[] = [];
  for (const metric of QUOTA_METRICS) {
    const { used, limit } = figures[metric];
    const step = nextQuotaLevel(from[metric], used, limit);
    to[metric] = step.level;
    if (step.notice !== null) crossings.push({ metric, threshold: step.notice, used, limit });
  }
  return { to, crossings };
};
