/** The three levels of the tenant hierarchy (DESIGN §2). */
export const ORGANISATION_KINDS = ['PLATFORM', 'RESELLER', 'CUSTOMER'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_STATUSES = ['ACTIVE', 'SUSPENDED'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

export const LANGUAGES = ['it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
