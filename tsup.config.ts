import { defineConfig } from 'tsup';

// The files of the Node tools below: the library build must not clean them
// away, since both builds run at once and write to dist/.
const NODE_TOOLS = {
  cli: 'src/cli/main.ts',
  'json-schema': 'src/json-schema/index.ts',
};

const LIBRARY = {
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  tsconfig: 'tsconfig.json',
} as const;

export default defineConfig([
  // The library as ES modules, one file per module (`bundle: false`):
  // with `sideEffects: false` an app's bundler then leaves out each module
  // it does not use (the catalogues, say). A bundled file would not do,
  // since no bundler dares drop its top-level calls. This one cleans
  // dist/, sparing what the builds beside it write there at the same time.
  {
    ...LIBRARY,
    entry: ['src/**/*.ts', '!src/cli/**', '!src/json-schema/**'],
    format: ['esm'],
    bundle: false,
    dts: false,
    clean: [
      ...Object.keys(NODE_TOOLS).map((name) => `!${name}.js`),
      '!index.cjs',
      '!index.d.ts',
      '!index.d.cts',
    ],
  },
  // The library as CommonJS: one bundled file, since `bundle: false` would
  // make it require the ES modules.
  {
    ...LIBRARY,
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: false,
    treeshake: true,
    clean: false,
  },
  // The type declarations of both, built once.
  {
    ...LIBRARY,
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: { only: true },
    clean: false,
  },
  // The command for data teams and the JSON Schema generator: Node only,
  // each a file of its own, outside the library's import graph.
  {
    entry: NODE_TOOLS,
    format: ['esm'],
    dts: false,
    splitting: false,
    treeshake: true,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    tsconfig: 'tsconfig.json',
  },
]);
