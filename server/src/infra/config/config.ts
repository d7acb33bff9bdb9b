import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_MAILBOX_MAX_MESSAGES } from '@casella/shared';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository root, whether running from src/ (tests) or dist/ (built). */
export const REPO_ROOT = path.resolve(here, '../../../..');

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], {
      message: 'must be true or false',
    })
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v)));

const int = (fallback: number, min: number, max: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`)
    .default(fallback);

const url = (protocols: string[]) =>
  z.string().refine(
    (v) => {
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
  );

/** `10.0.0.0/8,fd00::/8`: networks in CIDR notation (a bare address is one host). */
const cidrList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .refine(
    (list) =>
      list.every((entry) => {
        const [ip, bits, extra] = entry.split('/');
        const family = isIP(ip ?? '');
        if (!family || extra !== undefined) return false;
        if (bits === undefined) return true;
        const n = Number(bits);
        return /^\d{1,3}$/.test(bits) && n <= (family === 4 ? 32 : 128);
      }),
    'must be a comma-separated list of networks like 10.0.0.0/8 or fd00::/8',
  );

/** Every setting the server reads; README.md lists them all. */
const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      message: 'must be development, production or test',
    })
    .default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(4000, 0, 65535),
  DATA_DIR: z.string().min(1).default(path.join(REPO_ROOT, 'data')),
  DATABASE_URL: url(['postgres:', 'postgresql:']).optional(),
  REDIS_URL: url(['redis:', 'rediss:']).optional(),
  SMTP_URL: url(['smtp:', 'smtps:']).optional(),
  MAIL_FROM: z.string().min(3).default('Casella <no-reply@casella.local>'),
  PUBLIC_URL: url(['http:', 'https:']).optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  TRUST_PROXY: bool(false),
  SESSION_TTL_HOURS: int(12, 1, 24 * 30),
  DEMO_DATA: bool(true),
  WEB_DIST: z
    .string()
    .min(1)
    .default(path.join(REPO_ROOT, 'web', 'dist')),
  GRAPHQL_MAX_DEPTH: int(12, 2, 100),
  GRAPHQL_MAX_COST: int(20000, 10, 10_000_000),
  GRAPHQL_MAX_ALIASES: int(30, 1, 1000),
  LOGIN_MAX_FAILURES: int(5, 1, 1000),
  LOGIN_MAX_FAILURES_PER_IP: int(30, 1, 100000),
  LOGIN_LOCK_MINUTES: int(15, 1, 24 * 60),
  JOBS_ENABLED: bool(true),
  WEBHOOKS_ALLOWED_NETWORKS: cidrList,
  WEBHOOKS_TIMEOUT_MS: int(15_000, 100, 60_000),
  WEBHOOKS_RETRY_BASE_MS: int(5_000, 1, 3_600_000),
  MAILBOX_MAX_MESSAGES: int(DEFAULT_MAILBOX_MAX_MESSAGES, 1, 100_000_000),
  QUOTA_CHECK_SECONDS: int(60, 1, 24 * 3600),
  SECRETS_KEY: z
    .string()
    .refine(
      (v) => /^[A-Za-z0-9+/]{43}=$/.test(v),
      'must be 32 random bytes in base64 (openssl rand -base64 32)',
    )
    .optional(),
  BRANDINGS_FILE: z.string().min(1).optional(),
  MAIL_IMAP_HOST: z.string().min(1).default('imap.casella.local'),
  MAIL_POP_HOST: z.string().min(1).default('pop.casella.local'),
  MAIL_SMTP_HOST: z.string().min(1).default('smtp.casella.local'),
  MAIL_MX_HOSTS: z
    .string()
    .default('mx1.casella.local,mx2.casella.local')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim().toLowerCase().replace(/\.$/, ''))
        .filter(Boolean),
    )
    .refine(
      (list) =>
        list.length > 0 &&
        list.every((h) =>
          /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/.test(h),
        ),
      'must be a comma-separated list of host names, most preferred first',
    ),
  MX_CHECK_HOURS: int(24, 1, 24 * 7),
  MAIL_MASTER_USER: z
    .string()
    .regex(/^[a-z0-9._-]{1,64}$/, 'must be lower-case letters, digits, dots, dashes or underscores')
    .default('casella'),
  MAIL_MASTER_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  VERIFY_IP: z.ipv4({ message: 'must be an IPv4 address' }).default('127.0.0.1'),
  DNS_SERVERS: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    )
    .refine(
      (list) => list.every((s) => /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-fA-F:]+\])(:\d{1,5})?$/.test(s)),
      'must be a comma-separated list of ip or ip:port',
    ),
});

/** The names of every setting loadConfig reads. */
export const SETTING_NAMES = Object.keys(envSchema.shape);

/** Settings whose values never appear in an error message. */
const SECRETS = new Set(['MAIL_MASTER_PASSWORD']);

export type Config = z.output<typeof envSchema> & {
  databaseKind: 'sqlite' | 'postgresql';
  sqlitePath: string;
  outboxDir: string;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates the environment; throws one error naming every bad variable. */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const picked = Object.fromEntries(
    Object.keys(envSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = envSchema.safeParse(picked);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (i) =>
          `${i.path.join('.')}: ${i.message} (got ${
            SECRETS.has(String(i.path[0]))
              ? 'a hidden value'
              : `"${String(picked[String(i.path[0])])}"`
          })`,
      ),
    );
  }
  const cfg = parsed.data;
  const dataDir = path.resolve(cfg.DATA_DIR);
  return {
    ...cfg,
    DATA_DIR: dataDir,
    // Express's sendFile refuses relative paths: `./web/dist` must work as the README writes it.
    WEB_DIST: path.resolve(cfg.WEB_DIST),
    databaseKind: cfg.DATABASE_URL ? 'postgresql' : 'sqlite',
    sqlitePath: path.join(dataDir, 'casella.sqlite'),
    outboxDir: path.join(dataDir, 'outbox'),
  };
};
