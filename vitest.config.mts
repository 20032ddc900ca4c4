import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,nodeShared,electron,renderer,server,scripts,tools,bench,lint}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
