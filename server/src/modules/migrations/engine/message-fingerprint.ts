// Identity of a message that survives copying: Message-ID plus internal date and size.
// Used when UIDs cannot tell whether a message is already on the destination.

export function extractMessageId(header: Buffer | undefined): string {
  if (!header) return '';
  const text = header.toString('latin1').replace(/\r?\n[ \t]+/g, ' ');
  const m = /^message-id:\s*(.*)$/im.exec(text);
  return (m?.[1] ?? '').trim();
}

export function fingerprint(
  messageId: string,
  internalDateMs: number | undefined,
  size: number,
): string {
  const seconds = internalDateMs === undefined ? '?' : Math.floor(internalDateMs / 1000);
  return `${messageId}|${seconds}|${size}`;
}

/** Multiset of fingerprints: how many destination copies are not yet accounted for. */
export class FingerprintCounter {
  private readonly counts = new Map<string, number>();

  add(key: string, delta = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + delta);
  }

  /** Takes one unclaimed copy if any is left. */
  claim(key: string): boolean {
    const n = this.counts.get(key) ?? 0;
    if (n <= 0) return false;
    this.counts.set(key, n - 1);
    return true;
  }
}
