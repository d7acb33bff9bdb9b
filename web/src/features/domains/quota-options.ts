import { QUOTA_TIERS_GB, RESELLER_ONLY_TIERS_GB } from '@casella/shared';

/**
 * Quota tiers a viewer may pick: 16 and 25 GB for resellers only, none above
 * `max`. Values already set stay listed, so a customer still sees a reseller tier.
 */
export const quotaOptions = (
  resellerTiers: boolean,
  max: number | null | undefined,
  keep: (number | null | undefined)[] = [],
): number[] => {
  const allowed = QUOTA_TIERS_GB.filter(
    (gb) => (resellerTiers || !RESELLER_ONLY_TIERS_GB.includes(gb)) && (max == null || gb <= max),
  );
  const kept = keep.filter((gb): gb is number => typeof gb === 'number');
  return [...new Set<number>([...allowed, ...kept])].sort((a, b) => a - b);
};
