import { describe, expect, it } from 'vitest';
import { fillTemplate } from './template.js';

describe('config templates', () => {
  it('fills every placeholder, numbers included', () => {
    expect(fillTemplate('port = {{port}}\nlisten = {{listen}}', { port: 1143, listen: '*' })).toBe(
      'port = 1143\nlisten = *',
    );
  });

  it('names the placeholders it has no value for', () => {
    expect(() => fillTemplate('{{a}} {{b}} {{a}}', { b: 'x' }, 'dovecot.conf')).toThrow(
      'dovecot.conf: no value for a',
    );
  });
});
