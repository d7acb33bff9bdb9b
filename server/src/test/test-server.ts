import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { createApp, type App } from '../app.js';
import { loadConfig } from '../infra/config/config.js';
import type { DatabaseKind } from '../infra/db/orm.js';
import { createScratchDatabase } from '../infra/db/scratch-database.js';

export const testDbKind = (): DatabaseKind =>
  process.env.TEST_DB === 'postgresql' ? 'postgresql' : 'sqlite';

/** True when this project runs on PostgreSQL but none is reachable (never in CI). */
export const skipWithoutDatabase = (): boolean =>
  testDbKind() === 'postgresql' && Boolean(inject('postgresUnavailable'));

export interface TestServer {
  app: App;
  url: string;
  dataDir: string;
  /** Stops the server; the database survives until `destroy`. */
  stop(): Promise<void>;
  /** Starts a new server process-equivalent on the same database and data folder. */
  restart(env?: Record<string, string>): Promise<TestServer>;
  destroy(): Promise<void>;
}

/** A real server on a free loopback port, on a fresh SQLite file or PostgreSQL database. */
export const startTestServer = async (env: Record<string, string> = {}): Promise<TestServer> => {
  const scratch = await createScratchDatabase(testDbKind());
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casella-data-'));
  const boot = async (extra: Record<string, string>): Promise<TestServer> => {
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      DEMO_DATA: 'true',
      WEB_DIST: path.join(dataDir, 'no-web'),
      ...env,
      ...extra,
    });
    const app = await createApp(config, { database: scratch.target, background: false });
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      await app.close();
      await new Promise<void>((resolve) => app.httpServer.close(() => resolve()));
    };
    return {
      app,
      url: app.url,
      dataDir,
      stop,
      restart: async (more = {}) => {
        await stop();
        return boot({ ...extra, ...more });
      },
      destroy: async () => {
        await stop();
        await scratch.drop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  };
  return boot({});
};
