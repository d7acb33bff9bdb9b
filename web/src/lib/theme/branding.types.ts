export interface BrandingData {
  title: string;
  logoUrl?: string | null;
  faviconUrl?: string | null;
  primaryColor: string;
  secondaryColor: string;
  isDefault: boolean;
}

/** Shown until the server answers, and when it cannot. */
export const NEUTRAL_BRANDING: BrandingData = {
  title: 'Casella',
  logoUrl: null,
  faviconUrl: null,
  primaryColor: '#1f4e79',
  secondaryColor: '#c2410c',
  isDefault: true,
};
