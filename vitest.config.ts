import { configDefaults, defineConfig } from 'vitest/config';

// The long checks (crash, load, backup) run only in `npm run test:hard` (vitest.hard.config.ts).
const exclude = [...configDefaults.exclude, 'test/hard/**'];

// Every test file runs twice: once against SQLite and once against PostgreSQL (design §4: the same
// migrations and the same tests on both engines). Pure unit tests beside the code run once, in the
// sqlite project, since they touch no database.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['src/**/*.test.ts', 'web/**/*.test.ts', 'web/**/*.test.tsx', 'test/**/*.test.ts'],
          exclude,
          env: { OCOP_TEST_ENGINE: 'sqlite' },
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: ['test/**/*.test.ts'],
          exclude,
          env: { OCOP_TEST_ENGINE: 'postgres' },
          globalSetup: ['test/helpers/postgres-setup.ts'],
        },
      },
    ],
  },
});
