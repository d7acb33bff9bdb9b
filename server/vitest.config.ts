import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Node loads graphql's CommonJS build for type-graphql and Apollo; Vite would hand our
// sources the ESM build, a second copy that rejects the schema's objects.
const graphqlCjs = createRequire(import.meta.url).resolve('graphql');

/**
 * Two projects: everything on SQLite, and the integration tests (`*.int.test.ts`)
 * again on PostgreSQL (TEST_PG_URL, default the machine's local server).
 */
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['src/**/*.test.ts'],
          env: { TEST_DB: 'sqlite' },
        },
      },
      {
        extends: true,
        test: {
          name: 'postgresql',
          include: ['src/**/*.int.test.ts'],
          env: { TEST_DB: 'postgresql' },
          globalSetup: ['src/test/postgres.global-setup.ts'],
        },
      },
    ],
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
