import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    // One retry absorbs a browser hiccup on a loaded 2-core machine; a test must still pass.
    retry: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
