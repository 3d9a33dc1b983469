import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // End-to-end tests spawn real terminals; two cores cannot take many at once.
    maxWorkers: 2,
  },
});
