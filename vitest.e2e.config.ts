import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    setupFiles: ['tests/e2e/report-failed-attempts.ts'],
    fileParallelism: false,
    // One retry absorbs a browser hiccup on a loaded 2-core machine; a test must still pass.
    retry: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll gives up after 1 s by default, which a busy 2-core machine can exceed while
    // the page is still doing the right thing: polls wait up to 30 s (they return as soon as
    // the condition holds).
    expect: { poll: { timeout: 30_000, interval: 50 } },
  },
});
