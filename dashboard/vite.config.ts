import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { appPreloadPlugin } from './scripts/app-preload.ts';
import { precompressPlugin } from './scripts/precompress.ts';

const apiTarget = process.env.KPI_API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react(), appPreloadPlugin(), precompressPlugin()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: {
    port: 5173,
    // One origin in development as in production: the session cookie and SSE need no CORS.
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: false },
      // The review report's PDF is drawn by the server.
      '/reports': { target: apiTarget, changeOrigin: false },
    },
  },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 600 },
});
