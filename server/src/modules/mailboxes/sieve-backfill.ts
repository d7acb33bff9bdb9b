import type { EntityManager } from '@mikro-orm/core';
import { MailboxEntity } from './mailbox.entity.js';

/**
 * Writes the Sieve script of every mailbox whose automatic reply is on but has
 * none: rows saved before scripts existed (the hook writes them on every save
 * since). Runs at start, after the migrations; returns how many it wrote.
 */
export const backfillSieveScripts = async (em: EntityManager): Promise<number> => {
  const missing = await em.find(MailboxEntity, {
    autoresponderEnabled: true,
    sieveScript: null,
  });
  for (const mailbox of missing) mailbox.renderSieve();
  // renderSieve writes null for a reply with no text: only real changes are flushed
  await em.flush();
  return missing.filter((m) => m.sieveScript !== null).length;
};
