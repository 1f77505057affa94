import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The benchmark harness: a page served from the same origin as the app build (so it shares
 * the app's IndexedDB) that seeds generated corpora and runs the in-page measurements with the
 * app's own modules. It has no CSP: the peer library it is compared with writes inline styles.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./harness', import.meta.url)),
  base: '/bench/',
  publicDir: false,
  plugins: [react(), tailwindcss()],
  build: {
    outDir: fileURLToPath(new URL('./.build', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    chunkSizeWarningLimit: 10_000,
  },
  logLevel: 'warn',
});
