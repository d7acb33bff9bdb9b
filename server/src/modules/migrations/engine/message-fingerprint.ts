// Identity of a message that survives copying: Message-ID plus internal date and size.
// Used when UIDs cannot tell whether a message is already on the destination.

export function extractMessageId(header: Buffer | undefined): string {
  if (!header) return '';
  const text = header.toString('latin1').replace(/\r?\n[ \t]+/g, ' ');
  const m = /^message-id:\s*(.*)$/im.exec(text);
  return (m?.[1] ?? '').trim();
}

export interface Fingerprint {
  messageId: string;
  internalDateMs?: number;
  size: number;
}

function exactKey(f: Fingerprint): string {
  const seconds = f.internalDateMs === undefined ? '?' : Math.floor(f.internalDateMs / 1000);
  return `${f.messageId}|${seconds}|${f.size}`;
}

/** Without the size: some servers (Exchange) report an RFC822.SIZE that differs from the body. */
function looseKey(f: Fingerprint): string | undefined {
  if (!f.messageId) return undefined;
  const seconds = f.internalDateMs === undefined ? '?' : Math.floor(f.internalDateMs / 1000);
  return `${f.messageId}|${seconds}`;
}

/** Multiset of fingerprints: how many destination copies are not yet accounted for. */
class Counter {
  private readonly counts = new Map<string, number>();

  add(key: string | undefined, delta = 1): void {
    if (key !== undefined) this.counts.set(key, (this.counts.get(key) ?? 0) + delta);
  }

  claim(key: string | undefined): boolean {
    if (key === undefined) return false;
    const n = this.counts.get(key) ?? 0;
    if (n <= 0) return false;
    this.counts.set(key, n - 1);
    return true;
  }
}

/**
 * Which `candidates` (uncopied source messages, in UID order) already have a copy on the
 * destination. Destination copies explained by `recorded` (source messages the state says
 * were copied) are set aside first, so duplicates keep their multiplicity. An exact match
 * (Message-ID, date, size) wins; a Message-ID + date match then takes what is left.
 */
export function findPresent<T extends Fingerprint>(
  destination: Fingerprint[],
  recorded: Fingerprint[],
  candidates: T[],
): Set<T> {
  const exact = new Counter();
  const loose = new Counter();
  for (const d of destination) {
    exact.add(exactKey(d));
    loose.add(looseKey(d));
  }
  for (const r of recorded) {
    exact.add(exactKey(r), -1);
    loose.add(looseKey(r), -1);
  }
  const present = new Set<T>();
  for (const c of candidates) {
    if (!exact.claim(exactKey(c))) continue;
    present.add(c);
    loose.add(looseKey(c), -1);
  }
  for (const c of candidates) if (!present.has(c) && loose.claim(looseKey(c))) present.add(c);
  return present;
}
