import { createContext, useContext } from 'react';
import { NEUTRAL_BRANDING, type BrandingData } from './branding.types';

export const BrandingContext = createContext<BrandingData>(NEUTRAL_BRANDING);

export const useBranding = (): BrandingData => useContext(BrandingContext);
