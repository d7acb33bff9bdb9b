import fs from 'node:fs';
import { z } from 'zod';

export interface Branding {
  host: string;
  title: string;
  logoUrl: string | null;
  faviconUrl: string | null;
  primaryColor: string;
  secondaryColor: string;
  isDefault: boolean;
}

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be #rrggbb');
const fileSchema = z.record(
  z.string(),
  z.object({
    title: z.string().min(1).max(120),
    logoUrl: z.string().max(2000).nullable().default(null),
    faviconUrl: z.string().max(2000).nullable().default(null),
    primaryColor: colour,
    secondaryColor: colour,
  }),
);

export const DEFAULT_BRANDING: Branding = {
  host: '',
  title: 'Casella',
  logoUrl: null,
  faviconUrl: null,
  primaryColor: '#1f4e79',
  secondaryColor: '#c2410c',
  isDefault: true,
};

/**
 * Brandings by host name. Until resellers manage them in the panel (the branding
 * feature), they come from the JSON file named by BRANDINGS_FILE.
 */
export class BrandingService {
  private readonly byHost = new Map<string, Branding>();

  constructor(file?: string) {
    if (!file) return;
    const parsed = fileSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`BRANDINGS_FILE ${file}: ${parsed.error.message}`);
    for (const [host, b] of Object.entries(parsed.data)) {
      this.byHost.set(host.toLowerCase(), { host: host.toLowerCase(), isDefault: false, ...b });
    }
  }

  /** `panel.example.com` and `webmail.example.com` both match a branding for `example.com`. */
  forHost(rawHost: string): Branding {
    const host = rawHost.trim().toLowerCase().replace(/:\d+$/, '').slice(0, 253);
    const bare = host.replace(/^(panel|webmail|www)\./, '');
    return this.byHost.get(host) ?? this.byHost.get(bare) ?? DEFAULT_BRANDING;
  }
}
