import DataLoader from 'dataloader';
import type { EntityManager } from '../../infra/db/orm.js';
import { pathIds } from '../auth/viewer-builder.js';
import { OrganisationEntity } from './organisation.entity.js';

// One loader per request (each request forks its own EntityManager): a page of
// domains learns which of them sit under a suspended organisation in one query.
const loaders = new WeakMap<EntityManager, DataLoader<string, boolean>>();

/** By tenant path: true when an organisation on it (customer, reseller) is suspended. */
export const suspendedChainLoader = (em: EntityManager): DataLoader<string, boolean> => {
  let loader = loaders.get(em);
  if (!loader) {
    loader = new DataLoader(async (paths: readonly string[]) => {
      const ids = [...new Set(paths.flatMap(pathIds))];
      // Unfiltered: a customer may not read its reseller, but may learn that its
      // own service is held; only this yes/no leaves the loader.
      const suspended = await em.find(
        OrganisationEntity,
        { id: { $in: ids }, status: { $ne: 'ACTIVE' } },
        { filters: false, fields: ['id'] },
      );
      const held = new Set(suspended.map((o) => o.id));
      return paths.map((p) => pathIds(p).some((id) => held.has(id)));
    });
    loaders.set(em, loader);
  }
  return loader;
};
