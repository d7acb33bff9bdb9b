import { describe, expect, it } from 'vitest';
import { evaluateMx, normalMxHost } from './mx-status.js';

const ACCEPTED = ['mx1.casella.test', 'MX2.casella.test.'];

describe('evaluateMx', () => {
  it('is OK when every record points at an accepted host, whatever the case or trailing dot', () => {
    expect(
      evaluateMx(
        [
          { priority: 10, host: 'MX1.Casella.Test.' },
          { priority: 20, host: 'mx2.casella.test' },
        ],
        ACCEPTED,
      ),
    ).toEqual({ status: 'OK', foreignHosts: [] });
    expect(evaluateMx([{ priority: 5, host: 'mx2.casella.test' }], ACCEPTED).status).toBe('OK');
  });

  it('is WRONG when any record points elsewhere, even as a backup, and names each foreign host once', () => {
    expect(
      evaluateMx(
        [
          { priority: 10, host: 'mx1.casella.test' },
          { priority: 50, host: 'backup.old-provider.example' },
          { priority: 60, host: 'Backup.Old-Provider.example.' },
        ],
        ACCEPTED,
      ),
    ).toEqual({ status: 'WRONG', foreignHosts: ['backup.old-provider.example'] });
  });

  it('treats a null MX as a foreign host: the domain says it takes no mail', () => {
    expect(normalMxHost('')).toBe('.');
    expect(normalMxHost('.')).toBe('.');
    expect(evaluateMx([{ priority: 0, host: '' }], ACCEPTED)).toEqual({
      status: 'WRONG',
      foreignHosts: ['.'],
    });
  });

  it('is MISSING without records', () => {
    expect(evaluateMx([], ACCEPTED)).toEqual({ status: 'MISSING', foreignHosts: [] });
  });
});
