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
        },
      },
    ],
  },
});
