import DataLoader from 'dataloader';
import type { EntityManager } from '../../infra/db/orm.js';
import { MailboxUsageEntity } from './mailbox-usage.entity.js';

// One loader per request (each request forks its own EntityManager): a page of
// mailboxes asks for its usage in a single query.
const loaders = new WeakMap<EntityManager, DataLoader<string, MailboxUsageEntity | null>>();

/** Usage rows by login address, batched per request; null where Dovecot never reported. */
export const mailboxUsageLoader = (
  em: EntityManager,
): DataLoader<string, MailboxUsageEntity | null> => {
  let loader = loaders.get(em);
  if (!loader) {
    loader = new DataLoader(async (addresses: readonly string[]) => {
      const rows = await em.find(MailboxUsageEntity, { address: { $in: [...addresses] } });
      const byAddress = new Map(rows.map((r) => [r.address, r]));
      return addresses.map((a) => byAddress.get(a) ?? null);
    });
    loaders.set(em, loader);
  }
  return loader;
};
