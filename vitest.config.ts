import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/lsp/**/*.test.ts'],
    testTimeout: 30000,
    // Hooks bundle the command line or start servers (test/unit/cli-harness.ts: buildCli): on a busy two-core machine that took
    // more than the default 10 s once (sarif.test.ts, stop 44), so hooks get the time the slowest of them already asked for.
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
