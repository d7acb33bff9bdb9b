import type { EntityManager } from '../../infra/db/orm.js';
import { AliasEntity } from './alias.entity.js';
import { MailboxEntity } from '../mailboxes/mailbox.entity.js';

/**
 * Platform-wide questions about addresses, answered without tenant scope on
 * purpose: an address is unique across every customer's mailboxes and aliases.
 */
export const addressTaken = async (em: EntityManager, address: string): Promise<boolean> =>
  (await em.count(MailboxEntity, { address }, { filters: false })) > 0 ||
  (await em.count(AliasEntity, { address }, { filters: false })) > 0;

/**
 * True when `address` → `destinations` would close a loop through other aliases
 * (a → b → … → a). External destinations end the walk.
 */
export const wouldLoop = async (
  em: EntityManager,
  address: string,
  destinations: readonly string[],
): Promise<boolean> => {
  const seen = new Set<string>();
  let frontier = [...destinations];
  while (frontier.length) {
    if (frontier.includes(address)) return true;
    const next = frontier.filter((d) => !seen.has(d));
    next.forEach((d) => seen.add(d));
    if (!next.length) return false;
    const aliases = await em.find(AliasEntity, { address: { $in: next } }, { filters: false });
    frontier = aliases.flatMap((a) => a.destinations);
  }
  return false;
};
