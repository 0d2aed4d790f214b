import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        define: { __HEZHANG_DEV_HOSTS__: '[]' },
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'happy-dom',
          // Some unit tests run core's whole check on several documents: seconds on a loaded 2-core machine.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      // pnpm measure, pnpm bench:three-pdfs: figures, not tests.
      { test: { name: 'measure', include: ['scripts/measure.ts', 'scripts/three-pdfs.ts'], fileParallelism: false } },
    ],
  },
});
