import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    name: 'dashboard',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'e2e/**/*.test.ts'],
    // Browser scenarios start the whole product and a real Chromium: give them room, one at a time.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A person waits a few seconds for a screen to settle, not one.
    expect: { poll: { timeout: 8000, interval: 100 } },
  },
});
