import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The built command, run by node as `npx imp-bangga-kencana` runs it.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const DATA = join(ROOT, 'docs', 'examples', 'data');
const scratch = mkdtempSync(join(tmpdir(), 'imp-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function cli(...args: string[]) {
  return cliWith('', ...args);
}

function cliWith(input: string, ...args: string[]) {
  const result = spawnSync('node', [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const COUPLE = { menikah: true, istri: { tanggalLahir: '1990-05-01' } };

describe('imp-bangga-kencana validate', () => {
  it('exits 0 on the sample data', () => {
    for (const [schema, file, ...options] of [
      ['pasangan', 'pasangan.json', '--pointer', '/pasangan'],
      ['CatinSchema', 'pasangan.json', '--pointer', '/catin'],
      ['desa', 'desa.json', '--pointer', '/desa'],
      ['kepengurusan', 'desa.json', '--pointer', '/kepengurusan'],
      ['penilaian', 'klasifikasi.json', '--pointer', '/imp/0/penilaian'],
      ['keluarga', 'keluarga.json', '--pointer', '/data/keluarga'],
      ['data-laporan-desa', 'keluarga.json', '--pointer', '/data'],
    ] as const) {
      const run = cli('validate', schema, join(DATA, file), ...options);
      expect(run.code, `${schema} in ${file}`).toBe(0);
    }
    const families = cli(
      'validate',
      'keluarga',
      join(DATA, 'keluarga.json'),
      '--pointer=/data/keluarga',
      '--tanggal=2025-06-30',
    );
    expect(families.code).toBe(0);
    const { data } = JSON.parse(
      readFileSync(join(DATA, 'keluarga.json'), 'utf8'),
    ) as { data: { keluarga: unknown[] } };
    expect(families.out).toContain(
      `Records: ${data.keluarga.length}, invalid: 0, problems: 0.`,
    );
  });

  it('exits 1 with problems by line in both languages, no values', () => {
    const file = join(scratch, 'broken.ndjson');
    const nik = '3204115708900001';
    writeFileSync(
      file,
      [
        JSON.stringify(COUPLE),
        JSON.stringify({ ...COUPLE, istri: { tanggalLahir: '2023-02-29' } }),
        '',
        `{"menikah": true, "nik": "${nik}"`,
      ].join('\n'),
    );
    const run = cli('validate', 'pasangan', file);
    expect(run.code).toBe(1);
    expect(run.out).toContain(`${file}:2: $.istri.tanggalLahir: invalid_date`);
    expect(run.out).toContain('id: Bukan tanggal kalender yang ada');
    expect(run.out).toContain('en: Not a real calendar date');
    expect(run.out).toContain(`${file}:4: $: invalid_json`);
    expect(run.out).toContain('Records: 3, invalid: 2, problems: 2.');
    expect(run.out).not.toContain('2023-02-29');
    expect(run.out).not.toContain(nik);
  });

  it('exits 1 with each problem by index in a JSON list', () => {
    const file = join(scratch, 'broken.json');
    writeFileSync(file, JSON.stringify([COUPLE, { menikah: true }]));
    const run = cli('validate', 'pasangan', file, '--format', 'json');
    expect(run.code).toBe(1);
    const lines = run.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      {
        type: 'problem',
        file,
        index: 1,
        path: ['istri'],
        code: 'required',
        message: { id: 'Wajib diisi.', en: 'Required.' },
      },
      { type: 'summary', records: 2, invalid: 1, problems: 1 },
    ]);
  });

  it('streams a file of 20,000 records a line', () => {
    const file = join(scratch, 'besar.ndjson');
    const bad = JSON.stringify({ menikah: true, istri: {} });
    const lines = Array.from({ length: 20_000 }, (_, i) =>
      i === 12_344 || i === 19_999 ? bad : JSON.stringify(COUPLE),
    );
    writeFileSync(file, `${lines.join('\n')}\n`);
    const run = cli('validate', 'pasangan', file, '--bahasa', 'en');
    expect(run.code).toBe(1);
    expect(run.out.trim().split('\n')).toEqual([
      `${file}:12345: $.istri.tanggalLahir: required: Required.`,
      `${file}:20000: $.istri.tanggalLahir: required: Required.`,
      'Records: 20000, invalid: 2, problems: 2.',
    ]);
  });

  it('reads records from standard input for the file -', () => {
    const input = `${JSON.stringify(COUPLE)}\n{"menikah": 1}\n`;
    const run = cliWith(input, 'validate', 'pasangan', '-', '--ndjson');
    expect(run.code).toBe(1);
    expect(run.out).toContain('-:2: $.menikah: invalid_type');
  });

  it('exits 2 for a usage error, naming it on standard error', () => {
    const unknown = cli('validate', 'posyandu', join(DATA, 'desa.json'));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Unknown schema: posyandu.');
    expect(cli('validate', 'desa', join(scratch, 'none.json')).code).toBe(2);
    expect(cli().code).toBe(2);
  });

  it('exits 0 with the help, which names the schemas', () => {
    const run = cli('--help');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^ {2}catatan-imp +CatatanImpSchema$/m);
  });
});
