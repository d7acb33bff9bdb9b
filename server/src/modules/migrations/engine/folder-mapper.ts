import type { ListEntry, NamespaceInfo } from './imap/imap-commands.js';
import { encodeMailboxName } from './imap/utf7-imap.codec.js';

export type MappedSpecialUse = '\\Sent' | '\\Drafts' | '\\Archive';

export interface FolderPlan {
  /** Decoded source path, used as the state key. */
  source: string;
  sourceWire: string;
  /** Decoded destination path and its wire (mUTF-7) form. */
  destination: string;
  destinationWire: string;
  specialUse?: MappedSpecialUse;
  /** Has messages to copy (\Noselect parents only shape the hierarchy). */
  selectable: boolean;
  excluded?: string;
}

export interface FolderSide {
  entries: ListEntry[];
  namespace?: NamespaceInfo;
}

// Names are compared lower-cased; Italian and English variants of common clients.
const TRASH_NAMES = [
  'trash',
  'deleted items',
  'deleted messages',
  'deleted',
  'bin',
  'cestino',
  'posta eliminata',
  'elementi eliminati',
];
const JUNK_NAMES = [
  'spam',
  'junk',
  'junk email',
  'junk e-mail',
  'bulk mail',
  'posta indesiderata',
  'indesiderata',
];
const SPECIAL_NAMES: Record<MappedSpecialUse, string[]> = {
  '\\Sent': [
    'sent',
    'sent items',
    'sent messages',
    'sent mail',
    'posta inviata',
    'inviata',
    'inviati',
    'elementi inviati',
  ],
  '\\Drafts': ['drafts', 'draft', 'bozze'],
  '\\Archive': ['archive', 'archives', 'archivio'],
};

function hasAttr(entry: ListEntry, attr: string): boolean {
  return entry.attributes.some((a) => a.toLowerCase() === attr.toLowerCase());
}

/** Path segments below the personal namespace prefix (and below INBOX for servers that nest there). */
function segmentsOf(entry: ListEntry, namespace?: NamespaceInfo): string[] {
  const delim = entry.delimiter;
  let name = entry.name;
  const prefix = namespace?.prefix ?? '';
  if (prefix && name.toLowerCase().startsWith(prefix.toLowerCase()) && name.length > prefix.length)
    name = name.slice(prefix.length);
  if (!delim) return [name];
  return name.split(delim).filter((s) => s.length > 0);
}

function leafName(segments: string[]): string {
  // "INBOX/Trash" on servers that nest folders under INBOX counts as a top-level Trash
  const rest =
    segments.length > 1 && segments[0]?.toUpperCase() === 'INBOX' ? segments.slice(1) : segments;
  return rest.length === 1 ? (rest[0] ?? '').toLowerCase() : '';
}

export function exclusionReason(
  entry: ListEntry,
  namespace: NamespaceInfo | undefined,
  providerExcluded: string[],
): string | undefined {
  if (hasAttr(entry, '\\Trash')) return 'trash (special-use)';
  if (hasAttr(entry, '\\Junk')) return 'junk (special-use)';
  // RFC 6154: \All shows every message of the mailbox again; copying it would copy them twice
  if (hasAttr(entry, '\\All')) return 'all-mail view (special-use)';
  const lowerName = entry.name.toLowerCase();
  if (providerExcluded.some((p) => p.toLowerCase() === lowerName)) return 'provider virtual folder';
  const leaf = leafName(segmentsOf(entry, namespace));
  if (TRASH_NAMES.includes(leaf)) return 'trash (by name)';
  if (JUNK_NAMES.includes(leaf)) return 'junk (by name)';
  return undefined;
}

function specialUseOf(entry: ListEntry, namespace?: NamespaceInfo): MappedSpecialUse | undefined {
  for (const flag of Object.keys(SPECIAL_NAMES) as MappedSpecialUse[])
    if (hasAttr(entry, flag)) return flag;
  if (/^\[(gmail|google mail)\]/i.test(entry.name)) {
    if (/sent mail$/i.test(entry.name)) return '\\Sent';
    if (/drafts$/i.test(entry.name)) return '\\Drafts';
  }
  const leaf = leafName(segmentsOf(entry, namespace));
  for (const [flag, names] of Object.entries(SPECIAL_NAMES) as Array<[MappedSpecialUse, string[]]>)
    if (names.includes(leaf)) return flag;
  return undefined;
}

function destinationDelimiter(dest: FolderSide): string {
  return dest.namespace?.delimiter ?? dest.entries.find((e) => e.delimiter)?.delimiter ?? '/';
}

/** Builds the copy plan: which source folders go where, and which are skipped. */
export function planFolders(
  source: FolderSide,
  dest: FolderSide,
  providerExcluded: string[],
): FolderPlan[] {
  const delim = destinationDelimiter(dest);
  const destPrefix = dest.namespace?.prefix ?? '';
  const destSpecial = new Map<MappedSpecialUse, ListEntry>();
  // SPECIAL-USE attributes win over name matches
  for (const entry of dest.entries) {
    for (const flag of Object.keys(SPECIAL_NAMES) as MappedSpecialUse[])
      if (hasAttr(entry, flag) && !destSpecial.has(flag)) destSpecial.set(flag, entry);
  }
  for (const entry of dest.entries) {
    const flag = specialUseOf(entry, dest.namespace);
    if (flag && !destSpecial.has(flag) && !hasAttr(entry, '\\Noselect'))
      destSpecial.set(flag, entry);
  }
  const excludedPrefixes: string[] = [];
  const plans: FolderPlan[] = [];
  const sorted = [...source.entries].sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of sorted) {
    const selectable = !hasAttr(entry, '\\Noselect') && !hasAttr(entry, '\\NonExistent');
    const segments = segmentsOf(entry, source.namespace);
    const isInbox = entry.name.toUpperCase() === 'INBOX';
    const base = { source: entry.name, sourceWire: entry.wireName, selectable };
    let excluded = exclusionReason(entry, source.namespace, providerExcluded);
    const parent = excludedPrefixes.find(
      (p) => entry.delimiter && entry.name.startsWith(p + entry.delimiter),
    );
    if (!excluded && parent !== undefined) excluded = `inside excluded folder ${parent}`;
    if (excluded) {
      excludedPrefixes.push(entry.name);
      plans.push({ ...base, destination: '', destinationWire: '', excluded });
      continue;
    }
    if (isInbox) {
      plans.push({ ...base, destination: 'INBOX', destinationWire: 'INBOX' });
      continue;
    }
    const special = specialUseOf(entry, source.namespace);
    const mapped = special ? destSpecial.get(special) : undefined;
    if (mapped) {
      plans.push({
        ...base,
        destination: mapped.name,
        destinationWire: mapped.wireName,
        specialUse: special,
      });
      continue;
    }
    // a segment must not contain the destination delimiter, or it would split into a new level
    const clean = segments.map((s) => s.split(delim).join('_'));
    const destination = destPrefix + clean.join(delim);
    plans.push({
      ...base,
      destination,
      destinationWire: encodeMailboxName(destination),
      specialUse: special,
    });
  }
  return plans;
}
