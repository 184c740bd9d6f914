import { defineConfig } from 'vitest/config';

// One test command for the whole repo: every package's tests, one run.
export default defineConfig({
  test: {
    projects: ['schema', 'projections', 'services', 'dashboard'],
  },
});
