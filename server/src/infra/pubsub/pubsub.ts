import { createPubSub, type PubSub } from '@graphql-yoga/subscription';

/** Every topic and its payload; subscriptions and publishers share this map. */
export type Topics = {
  AUDIT_ENTRY_ADDED: [AuditEntryAddedEvent];
};

export interface AuditEntryAddedEvent {
  id: string;
  tenantPath: string;
}

export type AppPubSub = PubSub<Topics>;

/**
 * In-process pub/sub, the embedded default. The scaled-out deployment swaps the
 * event target for a Redis one (same interface), so a subscriber on one API
 * instance sees what any worker published.
 */
export const createAppPubSub = (): AppPubSub => createPubSub<Topics>();
