import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { E2E_MX_HOSTS, E2E_VERIFY_IP, startTestZone, type TestZone } from './test-dns';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../../..');
const SERVER_MAIN = path.join(REPO_ROOT, 'server/dist/main.js');
const WEB_DIST = path.join(REPO_ROOT, 'web/dist');

/** The test branding, served on `localhost` only so 127.0.0.1 shows the neutral default. */
export const TEST_BRANDING = {
  host: 'localhost',
  title: 'Posta Verde',
  primaryColor: '#15803d',
  secondaryColor: '#f59e0b',
};

export interface RunningServer {
  port: number;
  url: (host?: string) => string;
  stop: () => Promise<void>;
  logs: () => string;
  /** The server's DATA_DIR; its SQLite database is `casella.sqlite` in it. */
  dataDir: string;
  /**
   * The loopback DNS zone the server checks ownership and MX records in (VERIFY_IP is
   * E2E_VERIFY_IP, MAIL_MX_HOSTS E2E_MX_HOSTS).
   */
  zone: TestZone;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

const waitForHealth = async (port: number, child: ChildProcess, logs: () => string) => {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${logs()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`server did not become healthy:\n${logs()}`);
};

/** The built server with demo data, a fresh database and the test branding. */
export const startServer = async (): Promise<RunningServer> => {
  for (const f of [SERVER_MAIN, path.join(WEB_DIST, 'index.html')]) {
    if (!fs.existsSync(f)) throw new Error(`${f} is missing: run \`pnpm build\` first`);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casella-e2e-'));
  const brandingsFile = path.join(dataDir, 'brandings.json');
  const logo =
    'data:image/svg+xml;base64,' +
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="177" height="49" viewBox="0 0 177 49"><circle cx="24" cy="24" r="18" fill="#ffffff"/><path d="M16 24l6 6 11-12" stroke="${TEST_BRANDING.primaryColor}" stroke-width="4" fill="none"/><text x="50" y="32" font-family="sans-serif" font-size="22" font-weight="700" fill="#ffffff">${TEST_BRANDING.title}</text></svg>`,
    ).toString('base64');
  fs.writeFileSync(
    brandingsFile,
    JSON.stringify({
      [TEST_BRANDING.host]: {
        title: TEST_BRANDING.title,
        logoUrl: logo,
        faviconUrl: null,
        primaryColor: TEST_BRANDING.primaryColor,
        secondaryColor: TEST_BRANDING.secondaryColor,
      },
    }),
  );
  const [port, zone] = await Promise.all([freePort(), startTestZone()]);
  let output = '';
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_DATA: 'true',
      BRANDINGS_FILE: brandingsFile,
      WEB_DIST,
      LOG_LEVEL: 'warn',
      // Every test signs in several times from one IP.
      LOGIN_MAX_FAILURES_PER_IP: '10000',
      // Ownership checks resolve against the test zone, so domains can be verified for real.
      VERIFY_IP: E2E_VERIFY_IP,
      DNS_SERVERS: zone.address,
      MAIL_MX_HOSTS: E2E_MX_HOSTS.join(','),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const logs = () => output;
  await waitForHealth(port, child, logs).catch(async (e: unknown) => {
    await zone.close();
    throw e;
  });
  return {
    port,
    zone,
    dataDir,
    url: (host = '127.0.0.1') => `http://${host}:${port}`,
    logs,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await zone.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
