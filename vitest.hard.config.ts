import { defineConfig } from 'vitest/config';

// `npm run test:hard`: the long checks (crash safety, load and soak, backup under load, and the
// scale-out topology), on SQLite and PostgreSQL like the main suite. Files run one at a time: they
// measure memory and latency and kill servers, so they must not compete with each other.
export default defineConfig({
  test: {
    testTimeout: 600_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: { name: 'hard-sqlite', include: ['test/hard/**/*.test.ts'], env: { OCOP_TEST_ENGINE: 'sqlite' } },
      },
      {
        extends: true,
        test: { name: 'hard-postgres', include: ['test/hard/**/*.test.ts'], env: { OCOP_TEST_ENGINE: 'postgres' }, globalSetup: ['test/helpers/postgres-setup.ts'] },
      },
    ],
  },
});
