import { beforeEach } from 'vitest';

/*
 * A test that passes on its retry is reported as passed, and why its first attempt failed is
 * lost. Printing each failed attempt (its error and the test line it stopped at) lets a flaky
 * test be traced from a CI log.
 */
beforeEach(({ onTestFailed }) => {
  onTestFailed(({ task }) => {
    const attempt = (task.result?.retryCount ?? 0) + 1;
    // The errors pile up over the attempts: this attempt's is the last.
    const error = task.result?.errors?.at(-1);
    if (error) {
      const where = error.stack?.split('\n').find((line) => line.includes('tests/e2e/'));
      const message = (error.message ?? String(error)).split('\n').slice(0, 6).join('\n  ');
      console.warn(
        `[failed attempt ${attempt}] ${task.name}\n  ${message}${where ? `\n  ${where.trim()}` : ''}`,
      );
    }
  });
});
