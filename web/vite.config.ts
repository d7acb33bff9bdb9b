import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.CASELLA_API ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      // HTTP and graphql-ws share the path; cookies stay first-party through the proxy.
      '/graphql': { target: api, changeOrigin: false, ws: true },
    },
  },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1500 },
});
