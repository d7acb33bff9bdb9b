import { describe, expect, it } from 'vitest';
import { WEBHOOK_EVENT_TYPES } from '@casella/shared';
import { en } from './messages.en';
import { it as italian } from './messages.it';

describe('messages', () => {
  it('name every webhook event type in both languages', () => {
    for (const messages of [en, italian]) {
      const missing = WEBHOOK_EVENT_TYPES.filter(
        (type) => !messages.notifications.eventTypes[type],
      );
      expect(missing).toEqual([]);
    }
  });
});
