import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProgressEvent } from '../../modules/migrations/engine/engine.types.js';
import type { ChildRunConfig } from './engine-child.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const serverRoot = path.resolve(here, '../../..');

export interface ChildRun {
  child: ChildProcess;
  events: ProgressEvent[];
  /** Resolves when the predicate matches an event; rejects if the child exits first. */
  waitFor(predicate: (e: ProgressEvent) => boolean, timeoutMs: number): Promise<void>;
  exited: Promise<number | null>;
}

/** Starts the engine in a child process (TypeScript via tsx) that reports events as JSON lines. */
export function startEngineChild(config: ChildRunConfig): ChildRun {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(here, 'engine-child.ts'), JSON.stringify(config)],
    {
      cwd: serverRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const events: ProgressEvent[] = [];
  const listeners = new Set<() => void>();
  let buffer = '';
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout?.on('data', (d: Buffer) => {
    buffer += d.toString();
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      try {
        events.push(JSON.parse(line) as ProgressEvent);
      } catch {
        // not an event line
      }
      for (const l of listeners) l();
    }
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return {
    child,
    events,
    exited,
    waitFor: (predicate, timeoutMs) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(new Error(`child did not reach the expected event in time; stderr: ${stderr}`)),
          timeoutMs,
        );
        const check = (): void => {
          if (events.some(predicate)) {
            clearTimeout(timer);
            listeners.delete(check);
            resolve();
          }
        };
        listeners.add(check);
        void exited.then(() => {
          check();
          if (listeners.has(check)) {
            clearTimeout(timer);
            reject(new Error(`child exited before the expected event; stderr: ${stderr}`));
          }
        });
        check();
      }),
  };
}
