import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'projections', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
