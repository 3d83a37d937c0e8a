import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

// Only the shell of the command touches the world; every other module of
// the command and of the JSON Schema build is plain functions.
const SHELL = new Set(['cli/main.ts', 'cli/node-io.ts']);

function modules(dir: string): string[] {
  return readdirSync(join(SRC, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `${dir}/${file}`);
}

describe('the modules of the command and of the JSON Schema build', () => {
  const pure = [...modules('cli'), ...modules('json-schema')].filter(
    (file) => !SHELL.has(file),
  );

  it('import no Node built-in and touch no process, outside the shell', () => {
    expect(pure.length).toBeGreaterThan(5);
    for (const file of pure) {
      const code = readFileSync(join(SRC, file), 'utf8');
      expect(code, file).not.toMatch(/from '(node:|fs|path|readline)/);
      expect(code, file).not.toMatch(/\bprocess\.|\bconsole\./);
    }
  });
});
