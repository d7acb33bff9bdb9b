// A set of UIDs that serializes to IMAP sequence-set syntax ("1:5,9").

export class UidSet {
  private readonly uids = new Set<number>();

  static parse(text: string | undefined): UidSet {
    const set = new UidSet();
    if (!text) return set;
    for (const part of text.split(',')) {
      const [a, b] = part.split(':').map(Number);
      if (a === undefined || !Number.isFinite(a)) continue;
      const end = b !== undefined && Number.isFinite(b) ? b : a;
      for (let uid = Math.min(a, end); uid <= Math.max(a, end); uid++) set.add(uid);
    }
    return set;
  }

  get size(): number {
    return this.uids.size;
  }

  add(uid: number): void {
    this.uids.add(uid);
  }

  has(uid: number): boolean {
    return this.uids.has(uid);
  }

  toString(): string {
    return toSequenceSet([...this.uids]);
  }
}

export function toSequenceSet(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const out: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    const start = sorted[i] as number;
    let end = start;
    while (i + 1 < sorted.length && (sorted[i + 1] as number) <= end + 1)
      end = sorted[++i] as number;
    out.push(start === end ? String(start) : `${start}:${end}`);
    i++;
  }
  return out.join(',');
}
