import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const api = process.env.CASELLA_API ?? 'http://127.0.0.1:4000';

/**
 * Zod's JIT probes `new Function`, which the server's CSP (no 'unsafe-eval')
 * reports as a violation. Schemas read the setting when they are built, so it
 * goes into zod's own core module, ahead of every schema whatever the chunking.
 */
const zodJitless = (): Plugin => ({
  name: 'casella-zod-jitless',
  transform(code, id) {
    if (!/[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/.test(id)) return null;
    return { code: `globalThis.__zod_globalConfig ??= { jitless: true };\n${code}`, map: null };
  },
});

export default defineConfig({
  plugins: [react(), zodJitless()],
  server: {
    port: 5173,
    proxy: {
      // HTTP and graphql-ws share the path; cookies stay first-party through the proxy.
      '/graphql': { target: api, changeOrigin: false, ws: true },
    },
  },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1500 },
});
