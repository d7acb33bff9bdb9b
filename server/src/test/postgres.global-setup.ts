import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUnavailable: string | null;
  }
}

/**
 * The PostgreSQL half of the suite needs a server. In CI a missing one fails the
 * run; on a developer machine the tests are skipped with a loud notice.
 */
export async function setup(project: TestProject): Promise<void> {
  const url = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    await client.end();
    project.provide('postgresUnavailable', null);
  } catch (error) {
    const message = `PostgreSQL is not reachable at ${url}: ${error instanceof Error ? error.message : String(error)}`;
    if (process.env.CI === 'true') throw new Error(message);
    console.warn(
      `\n\n*** ${message}\n*** SKIPPING the PostgreSQL run of the integration tests.\n\n`,
    );
    project.provide('postgresUnavailable', message);
  }
}
