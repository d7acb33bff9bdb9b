import { describe, expect, it } from 'vitest';
import { extractMessageId, findPresent, type Fingerprint } from './message-fingerprint.js';

const msg = (id: string, size: number, uid: number): Fingerprint & { uid: number } => ({
  uid,
  messageId: id,
  internalDateMs: 1_600_000_000_000,
  size,
});

describe('findPresent', () => {
  it('keeps duplicate multiplicity: only unexplained destination copies are claimed', () => {
    const a1 = msg('<a>', 100, 1);
    const a2 = msg('<a>', 100, 2);
    const b = msg('<a>', 250, 3); // same Message-ID, different message
    // destination holds a1 (recorded) and a2 (appended just before a crash)
    const present = findPresent([a1, a2], [a1], [a2, b]);
    expect([...present].map((p) => p.uid)).toEqual([2]);
  });

  it('matches by Message-ID and date when the source size was inexact', () => {
    const source = msg('<x>', 1000, 7);
    const onDestination = { ...source, size: 1012 };
    expect([...findPresent([onDestination], [], [source])].map((p) => p.uid)).toEqual([7]);
  });

  it('needs the size for messages without Message-ID', () => {
    const source = msg('', 500, 9);
    expect(findPresent([{ ...source, size: 501 }], [], [source]).size).toBe(0);
    expect(findPresent([source], [], [source]).size).toBe(1);
  });

  it('reads folded Message-ID headers', () => {
    expect(extractMessageId(Buffer.from('Message-ID:\r\n <abc@x>\r\n\r\n'))).toBe('<abc@x>');
  });
});
