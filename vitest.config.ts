import { defineConfig } from 'vitest/config';

// One config for the whole workspace: each package or app is a project.
export default defineConfig({
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'apiserver-proxy-url',
          root: 'packages/apiserver-proxy-url',
          include: ['test/**/*.test.ts'],
          // Properties of thousands of runs, 1 MB inputs and real processes take seconds; on a
          // shared, busy machine several times that. Time is measured as ratios, never limited.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'eslint-plugin-apiserver-proxy-url',
          root: 'packages/eslint-plugin-apiserver-proxy-url',
          include: ['test/**/*.test.ts'],
          // The real-run tests start eslint; two shared cores can be slow.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'markdownlint-rule-apiserver-proxy-url',
          root: 'packages/markdownlint-rule-apiserver-proxy-url',
          include: ['test/**/*.test.ts'],
          // The real-run tests start markdownlint-cli2, eslint and the library's CLI.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'playground',
          root: 'apps/playground',
          include: ['test/**/*.test.ts'],
          // Finds (or installs) Chromium and checks that the site is built, once, before any test.
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
