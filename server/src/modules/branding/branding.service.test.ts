import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrandingService, DEFAULT_BRANDING } from './branding.service.js';

const write = (content: unknown): string => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'brand-')), 'brandings.json');
  fs.writeFileSync(file, JSON.stringify(content));
  return file;
};

describe('brandings by host name', () => {
  const file = write({
    'mycompany.com': {
      title: 'MyCompany Mail',
      primaryColor: '#0a7d3b',
      secondaryColor: '#ffcc00',
    },
  });

  it('matches panel., webmail. and the bare host, case and port aside', () => {
    const s = new BrandingService(file);
    for (const host of ['panel.mycompany.com', 'WEBMAIL.mycompany.com:8443', 'mycompany.com']) {
      expect(s.forHost(host)).toMatchObject({
        title: 'MyCompany Mail',
        primaryColor: '#0a7d3b',
        isDefault: false,
      });
    }
  });

  it('falls back to the neutral default', () => {
    expect(new BrandingService(file).forHost('other.example')).toEqual(DEFAULT_BRANDING);
    expect(new BrandingService().forHost('mycompany.com')).toEqual(DEFAULT_BRANDING);
  });

  it('refuses a file with a bad colour at start', () => {
    const bad = write({
      'x.com': { title: 'X', primaryColor: 'green', secondaryColor: '#000000' },
    });
    expect(() => new BrandingService(bad)).toThrow(/BRANDINGS_FILE.*#rrggbb/s);
  });
});
