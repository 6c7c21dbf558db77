import { defineConfig } from 'vitest/config';
import { rawMetadataAlias } from './build/raw-metadata.ts';

export default defineConfig({
  resolve: { alias: [rawMetadataAlias] },
  test: {
    include: ['src/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
  },
});
