import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CI runs every package's tests at once on two cores: a test that takes 1 s alone can take 10.
    testTimeout: 60_000,
  },
  bench: {
    include: ['bench/**/*.bench.ts'],
  },
});
