import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipWithoutDatabase, startTestServer, type TestServer } from '../../test/test-server.js';
import { systemEm } from '../db/orm.js';
import { DbJobRunner } from './job-runner.js';
import { JobEntity } from './job.entity.js';

describe.skipIf(skipWithoutDatabase())('database-backed job runner', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.destroy());

  const runner = (seen: string[], fail = 0) => {
    const r = new DbJobRunner(server.app.orm, server.app.logger, { leaseMs: 2000 });
    let failures = fail;
    r.register('test.echo', async (payload) => {
      if (failures-- > 0) throw new Error('transient failure');
      seen.push(String(payload.value));
    });
    return r;
  };

  it('runs a job once it is due, not before', async () => {
    const seen: string[] = [];
    const r = runner(seen);
    const em = systemEm(server.app.orm);
    r.enqueue(em, 'test.echo', { value: 'now' });
    r.enqueue(em, 'test.echo', { value: 'later' }, { runAt: new Date(Date.now() + 60_000) });
    await em.flush();
    await r.runDue();
    expect(seen).toEqual(['now']);
    const later = await em.findOneOrFail(JobEntity, { payload: { value: 'later' } } as never);
    expect(later.status).toBe('PENDING');
  });

  it('retries a failing job with back-off, then fails it for good', async () => {
    const seen: string[] = [];
    const r = runner(seen, 10);
    const em = systemEm(server.app.orm);
    const job = r.enqueue(em, 'test.echo', { value: 'flaky' }, { maxAttempts: 2 });
    await em.flush();
    await r.runDue();
    const afterOne = await systemEm(server.app.orm).findOneOrFail(JobEntity, { id: job.id });
    expect(afterOne).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      lastError: 'transient failure',
    });
    expect(afterOne.runAt.getTime()).toBeGreaterThan(Date.now() + 5000);
    await systemEm(server.app.orm).nativeUpdate(JobEntity, { id: job.id }, { runAt: new Date() });
    await r.runDue();
    expect((await systemEm(server.app.orm).findOneOrFail(JobEntity, { id: job.id })).status).toBe(
      'FAILED',
    );
  });

  it('resumes a job left RUNNING by a worker that died, once its lease ran out', async () => {
    const em = systemEm(server.app.orm);
    const seen: string[] = [];
    const r = runner(seen);
    const job = r.enqueue(em, 'test.echo', { value: 'orphan' });
    job.status = 'RUNNING';
    job.lockedBy = 'w-dead';
    job.attempts = 1;
    job.lockedUntil = new Date(Date.now() + 60_000);
    await em.flush();
    await r.runDue();
    expect(seen).toEqual([]); // the lease still holds
    await systemEm(server.app.orm).nativeUpdate(
      JobEntity,
      { id: job.id },
      { lockedUntil: new Date(Date.now() - 1) },
    );
    await r.runDue();
    expect(seen).toEqual(['orphan']);
    expect((await systemEm(server.app.orm).findOneOrFail(JobEntity, { id: job.id })).status).toBe(
      'DONE',
    );
  });

  it('two runners never run the same job twice', async () => {
    const seen: string[] = [];
    const a = runner(seen);
    const b = runner(seen);
    const em = systemEm(server.app.orm);
    for (let i = 0; i < 10; i++) a.enqueue(em, 'test.echo', { value: `j${i}` });
    await em.flush();
    await Promise.all([a.runDue(), b.runDue()]);
    expect(seen.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `j${i}`).sort());
  });

  it('keeps one row per recurring job and reschedules it after each run', async () => {
    const seen: string[] = [];
    const r = runner(seen);
    await r.recurring('test.every-minute', 'test.echo', 60_000, {
      runNow: true,
      payload: { value: 'tick' },
    });
    await r.recurring('test.every-minute', 'test.echo', 60_000, {
      runNow: true,
      payload: { value: 'tick' },
    });
    expect(
      await systemEm(server.app.orm).count(JobEntity, { recurringKey: 'test.every-minute' }),
    ).toBe(1);
    await r.runDue();
    expect(seen).toEqual(['tick']);
    const row = await systemEm(server.app.orm).findOneOrFail(JobEntity, {
      recurringKey: 'test.every-minute',
    });
    expect(row.status).toBe('PENDING');
    expect(row.runAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
  });
});
