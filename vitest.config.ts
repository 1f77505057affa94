import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // The suite must hold on a busy 2-core machine: a limit only catches hangs. Tests that do
    // heavy work (property tests over long texts, 100,000-row files) set their own, longer one.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
