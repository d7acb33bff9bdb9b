import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Component tests; the browser tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    // userEvent types key by key; MUI forms take a few seconds on a busy machine.
    testTimeout: 15_000,
  },
});
