// Writes docs/schemas/<name>.json: the JSON Schema (draft 2020-12) of every
// schema the library exports, from the built dist/. `npm run build` runs it
// after tsup. The folder is made afresh each time: it is generated, never
// edited, and shipped in the package as `imp-bangga-kencana/schemas/*.json`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { buildJsonSchemas, metadataProblems } from '../dist/json-schema.js';

const out = new URL('./schemas/', import.meta.url);
const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

for (const { name, file, schema } of buildJsonSchemas()) {
  const { $schema, ...rest } = schema;
  const document = {
    $schema,
    $comment: `${name}, imp-bangga-kencana ${version}; generated.`,
    ...rest,
  };
  writeFileSync(new URL(file, out), `${JSON.stringify(document, null, 2)}\n`);
}

// A schema without its titles still gets a file; the tests fail on it.
for (const problem of metadataProblems()) {
  process.stderr.write(`warning: JSON Schema metadata: ${problem}\n`);
}
