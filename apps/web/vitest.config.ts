import { defineConfig } from 'vitest/config';

// Real-browser tests against the built page (turbo builds it before `test`); one Chromium at a time.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
