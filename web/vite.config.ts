// Builds the portal into dist/web, which the Fastify server serves under /portal/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  base: '/portal/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    // The API lives on the Fastify server; proxying keeps cookies same-origin in dev.
    proxy: { '/api': 'http://localhost:3000' },
  },
});
