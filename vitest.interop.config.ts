// Interop tests (need LibreOffice and poppler-utils): npm run test:interop. CI installs both.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/interop/**/*.test.ts'],
    testTimeout: 300000,
    hookTimeout: 300000,
  },
});
