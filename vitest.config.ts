import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'entrypoints/**/*.test.{ts,tsx}',
      'build/**/*.test.ts',
      'store/**/*.test.ts',
    ],
    environment: 'happy-dom',
    setupFiles: ['src/test-setup.ts'],
  },
});
