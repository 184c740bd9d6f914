import { createRequire } from 'node:module';
import { defineProject } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineProject({
  // graphql ships CJS and ESM builds; Pothos and yoga load the CJS one under Node, so tests must
  // too, or the schema holds types from two copies of graphql ("from another module or realm").
  resolve: { alias: { graphql: require.resolve('graphql') } },
  test: {
    name: 'services',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
