import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built server, as `pnpm start` and every service manager run it (tsx would drop decorator metadata).
const MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/main.js');

describe('the server process', () => {
  it('stops on SIGTERM, with a live HTTP connection open, and exits 0', async () => {
    expect(existsSync(MAIN), `${MAIN} is missing: run the build first`).toBe(true);
    const dataDir = mkdtempSync(path.join(tmpdir(), 'casella-sigterm-'));
    // NODE_ENV as in production: Apollo installs signal handlers of its own unless it is "test"
    const child = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATA_DIR: dataDir,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          const m = /"url":"(http:\/\/[^"]+)".*"msg":"Casella is listening"/.exec(output);
          if (m?.[1]) resolve(m[1]);
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.once('exit', (code) => reject(new Error(`exited early (${code}): ${output}`)));
      });
      // a keep-alive connection stays open across the signal, as a browser's does
      const res = await fetch(`${url}/healthz`);
      expect(res.status).toBe(200);
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const code = await Promise.race([
        exited,
        new Promise<'still running'>((r) => setTimeout(() => r('still running'), 10_000)),
      ]);
      expect(code).toBe(0);
      expect(output).toContain('shutting down');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
