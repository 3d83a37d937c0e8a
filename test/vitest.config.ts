import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The rules must not depend on the machine's time zone, so every unit and
// property test runs once per zone below. Kiritimati is UTC+14 and Los
// Angeles UTC−8: a date that slips a day anywhere slips here.
const ZONES = [
  'Asia/Jakarta',
  'Asia/Jayapura',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
];

const PACKAGE_TESTS = 'test/package/**/*.test.ts';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    setupFiles: ['test/support/setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test/.reports/vitest.json' },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'html'],
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
    },
    projects: [
      ...ZONES.map((zone) => ({
        extends: true as const,
        test: {
          name: zone,
          include: ['test/**/*.test.ts'],
          exclude: [PACKAGE_TESTS],
          env: { TZ: zone },
        },
      })),
      {
        extends: true as const,
        test: {
          name: 'package',
          include: [PACKAGE_TESTS],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
