import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The packed tarball, installed into a scratch project as a user would
// install it, is what ships; the repository folder is not.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'imp-consumer-'));

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8' });
}

const COUPLE =
  "{ menikah: true, istri: { tanggalLahir: '1990-01-01' } }, '2025-01-01'";

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
    throw new Error('dist/ is missing: npm test builds it before this test');
  }
  const packed = JSON.parse(
    run('npm', ['pack', '--json', '--pack-destination', scratch], ROOT),
  ) as { filename: string }[];
  const zod = JSON.parse(
    readFileSync(join(ROOT, 'node_modules/zod/package.json'), 'utf8'),
  ) as { version: string };
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true }),
  );
  run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      join(scratch, packed[0]?.filename ?? ''),
      `zod@${zod.version}`,
    ],
    scratch,
  );
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the packed package', () => {
  it('can be imported as ESM', () => {
    const out = run(
      'node',
      [
        '--input-type=module',
        '-e',
        `import { assessPus } from 'imp-bangga-kencana';
         console.log(assessPus(${COUPLE}).status);`,
      ],
      scratch,
    );
    expect(out.trim()).toBe('pus');
  });

  it('can be required as CommonJS', () => {
    const out = run(
      'node',
      [
        '-e',
        `const { assessPus } = require('imp-bangga-kencana');
         console.log(assessPus(${COUPLE}).status);`,
      ],
      scratch,
    );
    expect(out.trim()).toBe('pus');
  });

  it('holds both builds with their type declarations and nothing else', () => {
    const installed = join(scratch, 'node_modules', 'imp-bangga-kencana');
    for (const file of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts']) {
      expect(existsSync(join(installed, 'dist', file))).toBe(true);
    }
    expect(existsSync(join(installed, 'src'))).toBe(false);
    expect(existsSync(join(installed, 'test'))).toBe(false);
  });

  it('keeps zod and date-fns out of the bundle', () => {
    const dist = join(scratch, 'node_modules', 'imp-bangga-kencana', 'dist');
    // The ES build is one file per module; the CommonJS build one file.
    const esm = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js') && file !== 'cli.js')
      .map((file) => readFileSync(join(dist, file), 'utf8'));
    const cjs = readFileSync(join(dist, 'index.cjs'), 'utf8');
    for (const code of [esm.join('\n'), cjs]) {
      expect(code).toMatch(/from ['"]zod['"]|require\(['"]zod['"]\)/);
      expect(code).toMatch(/['"]date-fns['"]/);
    }
  });
});

describe('the demo', () => {
  it('prints a PUS and PUP report for the sample couples', () => {
    const out = run('node', ['docs/examples/demo.mjs'], ROOT);
    expect(out).toContain('Lampiran BAB I huruf D angka 26');
    expect(out).toContain('belum dapat ditentukan / undecided');
    expect(out).toContain('penjelasan huruf h angka 1)');
  });
});
