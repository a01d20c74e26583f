import { defineConfig } from 'vitest/config'

import { FaultsLastSequencer } from './tests/setup/sequencer.ts'

export default defineConfig({
  // Vite resolves the `@/…` paths of tsconfig.json itself (no plugin needed since Vite 8).
  resolve: { tsconfigPaths: true },
  test: {
    // Each file gets its own process, its own database and its own Payload instance.
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    sequence: { sequencer: FaultsLastSequencer },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/int/**/*.test.ts'],
          globalSetup: ['tests/setup/globalSetup.ts'],
          setupFiles: ['tests/setup/perFileDatabase.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/globalSetup.ts'],
          // One app and one database for all browser tests: files run one after another.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
