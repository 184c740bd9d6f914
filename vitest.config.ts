import { defineConfig } from 'vitest/config';

// One test command for the whole repo: every package's tests, and the repository's own (a
// newcomer's fresh clone), in one run.
export default defineConfig({
  test: {
    projects: [
      'schema',
      'projections',
      'services',
      'dashboard',
      { test: { name: 'repository', include: ['scripts/**/*.test.ts'], testTimeout: 420_000 } },
    ],
  },
});
