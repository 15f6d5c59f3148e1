// Test runner settings: tests live in test/ and mirror src/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Interop tests need LibreOffice: they run with npm run test:interop (CI installs it).
    exclude: ['test/interop/**', 'node_modules/**'],
    testTimeout: 30000,
  },
});
