import type { TransportSecurity } from './imap/imap-connection.js';
import type { ImapEndpoint, ServerType } from './engine.types.js';

export type MasterLoginStyle = 'separator' | 'sasl-authzid' | 'unsupported';

export interface ServerPreset {
  defaultHost?: string;
  port: number;
  security: TransportSecurity;
  /** How a master/admin user logs in on behalf of a mailbox. */
  masterLogin: MasterLoginStyle;
  /** Provider limits on parallel sessions per account/host. */
  maxConnectionsPerHost: number;
  /** Folder names never copied for this provider (in addition to Trash/Junk). */
  excludedFolders: string[];
}

export const SERVER_PRESETS: Record<ServerType, ServerPreset> = {
  STANDARD_SSL: {
    port: 993,
    security: 'tls',
    masterLogin: 'separator',
    maxConnectionsPerHost: 10,
    excludedFolders: [],
  },
  STANDARD_NO_SSL: {
    port: 143,
    security: 'starttls-if-offered',
    masterLogin: 'separator',
    maxConnectionsPerHost: 10,
    excludedFolders: [],
  },
  GMAIL: {
    defaultHost: 'imap.gmail.com',
    port: 993,
    security: 'tls',
    masterLogin: 'unsupported',
    maxConnectionsPerHost: 10,
    excludedFolders: [
      '[Gmail]/All Mail',
      '[Gmail]/Important',
      '[Gmail]/Starred',
      '[Google Mail]/All Mail',
      '[Google Mail]/Important',
      '[Google Mail]/Starred',
    ],
  },
  EXCHANGE: {
    port: 993,
    security: 'tls',
    masterLogin: 'sasl-authzid',
    maxConnectionsPerHost: 8,
    excludedFolders: [],
  },
  OFFICE365: {
    defaultHost: 'outlook.office365.com',
    port: 993,
    security: 'tls',
    masterLogin: 'sasl-authzid',
    maxConnectionsPerHost: 8,
    excludedFolders: [],
  },
};

export interface ResolvedEndpoint {
  host: string;
  port: number;
  security: TransportSecurity;
  rejectUnauthorized: boolean;
  preset: ServerPreset;
}

/** Applies the preset and an optional ":port" suffix (IPv6 literals go in brackets). */
export function resolveEndpoint(endpoint: ImapEndpoint): ResolvedEndpoint {
  const preset = SERVER_PRESETS[endpoint.serverType];
  const raw = endpoint.host.trim() || preset.defaultHost || '';
  let host = raw;
  let port = preset.port;
  const bracket = /^\[([^\]]+)\](?::(\d+))?$/.exec(raw);
  const plain = /^([^:]+):(\d+)$/.exec(raw);
  if (bracket) {
    host = bracket[1] ?? raw;
    if (bracket[2]) port = Number(bracket[2]);
  } else if (plain) {
    host = plain[1] ?? raw;
    port = Number(plain[2]);
  }
  return {
    host,
    port,
    security: preset.security,
    rejectUnauthorized: !endpoint.allowInvalidCertificates,
    preset,
  };
}
