// Reproducible benchmark corpus: sizes and folders come from a seeded PRNG,
// bodies are generated on demand so the corpus never has to sit in memory.
import { makeMessage, mulberry32 } from '../../server/src/test/imap/mailbox-fixtures.js';

export interface CorpusItem {
  index: number;
  folder: string;
  size: number;
  internalDateMs: number;
  flags: string[];
}

export const BENCH_FOLDERS = [
  'INBOX',
  'Sent',
  'Archivio',
  'Archivio/2019',
  'Archivio/2020',
  'Archivio/2021',
  'Archivio/2022',
  'Clienti',
  'Clienti/Rossi',
  'Clienti/Bianchi',
  'Clienti/Città di Roma',
  'Fornitori',
  'Fatture',
  'Fatture/2023',
  'Fatture/2024',
  'Progetti',
  'Progetti/Casella',
  'Newsletter',
  'Personale',
  'Viaggi',
];

const KB = 1024;

/** 88% 1-64 KB, 10% 64 KB-1 MB, 2% 1-5 MB, log-uniform within each band: ~100 KB mean. */
function pickSize(rnd: () => number): number {
  const band = rnd();
  const [lo, hi] =
    band < 0.88
      ? [1 * KB, 64 * KB]
      : band < 0.98
        ? [64 * KB, 1024 * KB]
        : [1024 * KB, 5 * 1024 * KB];
  return Math.round(Math.exp(Math.log(lo) + rnd() * (Math.log(hi) - Math.log(lo))));
}

export function buildCorpus(count: number, seed = 2026): CorpusItem[] {
  const rnd = mulberry32(seed);
  const items: CorpusItem[] = [];
  const base = Date.UTC(2015, 0, 1);
  for (let i = 0; i < count; i++) {
    items.push({
      index: i,
      folder: BENCH_FOLDERS[Math.floor(rnd() * BENCH_FOLDERS.length)] ?? 'INBOX',
      size: pickSize(rnd),
      internalDateMs: base + Math.floor(rnd() * 10 * 365 * 86400) * 1000,
      flags: rnd() < 0.7 ? ['\\Seen'] : [],
    });
  }
  return items;
}

export function renderItem(item: CorpusItem): Buffer {
  return makeMessage({
    messageId: `bench-${item.index}@casella.test`,
    subject: `Bench ${item.index} è`,
    dateMs: item.internalDateMs,
    size: item.size,
  });
}
