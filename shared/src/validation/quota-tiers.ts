import type { OrganisationKind } from '../tenancy/organisation-kind.js';
import { DEFAULT_QUOTA_GB, QUOTA_TIERS_GB, RESELLER_ONLY_TIERS_GB } from './mailbox.schema.js';

/**
 * The quota tiers a login of an organisation of `kind` may give on a domain
 * whose max quota is `maxQuotaGb` (null or 0: no cap) — the rule the server
 * applies to mailboxes, so forms offer nothing it would refuse.
 */
export const quotaTiersFor = (
  kind: OrganisationKind,
  maxQuotaGb: number | null | undefined,
): number[] =>
  QUOTA_TIERS_GB.filter(
    (gb) =>
      (kind !== 'CUSTOMER' || !RESELLER_ONLY_TIERS_GB.includes(gb)) &&
      (!maxQuotaGb || gb <= maxQuotaGb),
  );

/** The tier a new mailbox starts with: the domain's default, or the largest allowed below it. */
export const initialQuotaTier = (
  tiers: readonly number[],
  defaultGb: number | null | undefined,
): number | undefined => {
  const wanted = defaultGb ?? DEFAULT_QUOTA_GB;
  if (tiers.includes(wanted)) return wanted;
  return [...tiers].reverse().find((gb) => gb < wanted) ?? tiers[0];
};
