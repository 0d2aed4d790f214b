import { defineConfig } from 'vitest/config';

// Real-browser tests against the built page (turbo builds it before `test`); one Chromium at a time.
// expect.poll waits up to 30 s (vitest's default is 1 s): what the page does "at once" (a mark seen in
// another tab, a render) takes that long only on a CI runner whose two cores six suites share.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 30_000 } },
  },
});
