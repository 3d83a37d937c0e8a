import { defineConfig } from 'tsup';

// Several entries with code splitting, not `bundle: false`: the latter makes
// the CommonJS build require the ESM files.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  tsconfig: 'tsconfig.json',
});
