import { describe, expect, it } from 'vitest';
import { planFolders } from './folder-mapper.js';
import type { ListEntry } from './imap/imap-commands.js';
import { encodeMailboxName } from './imap/utf7-imap.codec.js';
import { SERVER_PRESETS } from './server-presets.js';

const entry = (name: string, delimiter: string, attributes: string[] = []): ListEntry => ({
  name,
  wireName: encodeMailboxName(name),
  delimiter,
  attributes,
});

describe('planFolders', () => {
  it('maps Gmail folders, excludes virtual ones and re-delimits the hierarchy', () => {
    const source = {
      entries: [
        entry('INBOX', '/'),
        entry('[Gmail]', '/', ['\\Noselect']),
        entry('[Gmail]/All Mail', '/', ['\\All']),
        entry('[Gmail]/Important', '/', ['\\Important']),
        entry('[Gmail]/Starred', '/', ['\\Flagged']),
        entry('[Gmail]/Sent Mail', '/', ['\\Sent']),
        entry('[Gmail]/Spam', '/', ['\\Junk']),
        entry('[Gmail]/Cestino', '/', ['\\Trash']),
        entry('Clienti/Città', '/'),
      ],
    };
    const dest = {
      entries: [entry('INBOX', '.'), entry('INBOX.Posta inviata', '.', ['\\Sent'])],
      namespace: { prefix: 'INBOX.', delimiter: '.' },
    };
    const plans = planFolders(source, dest, SERVER_PRESETS.GMAIL.excludedFolders);
    const byName = new Map(plans.map((p) => [p.source, p]));
    expect(byName.get('[Gmail]/All Mail')?.excluded).toBeDefined();
    expect(byName.get('[Gmail]/Important')?.excluded).toBeDefined();
    expect(byName.get('[Gmail]/Starred')?.excluded).toBeDefined();
    expect(byName.get('[Gmail]/Spam')?.excluded).toMatch(/junk/);
    expect(byName.get('[Gmail]/Cestino')?.excluded).toMatch(/trash/);
    expect(byName.get('[Gmail]/Sent Mail')?.destination).toBe('INBOX.Posta inviata');
    expect(byName.get('Clienti/Città')).toMatchObject({
      destination: 'INBOX.Clienti.Città',
      destinationWire: 'INBOX.Clienti.Citt&AOA-',
    });
    expect(byName.get('[Gmail]')?.selectable).toBe(false);
  });

  it('excludes Italian and Outlook trash/junk names and their children', () => {
    const source = {
      entries: [
        'Posta eliminata',
        'Posta eliminata/Vecchia',
        'Junk Email',
        'Elementi eliminati',
        'Posta indesiderata',
        'Deleted Items',
        'Bozze',
      ].map((n) => entry(n, '/')),
    };
    const plans = planFolders(source, { entries: [entry('Drafts', '/', ['\\Drafts'])] }, []);
    expect(
      plans
        .filter((p) => p.excluded)
        .map((p) => p.source)
        .sort(),
    ).toEqual([
      'Deleted Items',
      'Elementi eliminati',
      'Junk Email',
      'Posta eliminata',
      'Posta eliminata/Vecchia',
      'Posta indesiderata',
    ]);
    expect(plans.find((p) => p.source === 'Bozze')?.destination).toBe('Drafts');
  });

  it("leaves out any server's all-mail view (\\All), whatever its name, and keeps \\Flagged folders", () => {
    const source = {
      entries: [
        entry('INBOX', '/'),
        entry('Tutta la posta', '/', ['\\All']),
        entry('Da seguire', '/', ['\\Flagged']),
      ],
    };
    const plans = planFolders(source, { entries: [entry('INBOX', '/')] }, []);
    expect(plans.find((p) => p.source === 'Tutta la posta')?.excluded).toMatch(/all-mail/);
    // \Flagged may be a real folder elsewhere: only the Gmail preset leaves its Starred out
    expect(plans.find((p) => p.source === 'Da seguire')?.excluded).toBeUndefined();
  });
});
