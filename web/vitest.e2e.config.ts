import { defineConfig } from 'vitest/config';

// Browser tests: the built server and SPA driven by headless Chromium.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    // Generous: CI runs these on a shared 2-core machine right after the server
    // suites, and the domain flows drive dozens of pages each.
    testTimeout: 240_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
