import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as Library from '../../src/index.js';

// The JSON Schema files that `npm run build` writes to docs/schemas/ and
// the package ships, read as a team in another language would read them.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCHEMAS = join(ROOT, 'docs', 'schemas');
const DATA = join(ROOT, 'docs', 'examples', 'data');

// The keywords the files add to JSON Schema. Other validators ignore
// them; Ajv in strict mode wants to be told.
const KEYWORDS = ['x-title', 'x-description', 'x-citations', 'x-unchecked'];

type Json = Record<string, unknown>;

function readJson(file: string): Json {
  return JSON.parse(readFileSync(file, 'utf8')) as Json;
}

function newAjv() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addVocabulary(KEYWORDS);
  return ajv;
}

function validatorOf(slug: string) {
  return newAjv().compile(readJson(join(SCHEMAS, `${slug}.json`)));
}

/** The records of each sample data file, by the schema they follow. */
const SAMPLES: Record<string, (data: Json) => Record<string, unknown[]>> = {
  'desa.json': (d) => ({
    desa: [d.desa],
    kepengurusan: [d.kepengurusan],
    tanggal: [d.tanggalAcuan],
  }),
  'keluarga.json': (d) => ({
    'data-laporan-desa': [d.data],
    keluarga: (d.data as Json).keluarga as unknown[],
    tanggal: [d.tanggalPenilaian],
  }),
  'klasifikasi.json': (d) => ({
    penilaian: (d.imp as Json[]).map((imp) => imp.penilaian),
  }),
  'pasangan.json': (d) => ({
    pasangan: d.pasangan as unknown[],
    catin: d.catin as unknown[],
    tanggal: [d.tanggalPenilaian],
  }),
};

// The built package, loaded when the tests start: `npm test` type-checks
// before it builds, so the type comes from the sources.
let built: typeof Library;

beforeAll(async () => {
  if (!existsSync(join(SCHEMAS, 'pasangan.json'))) {
    throw new Error('docs/schemas/ is missing: npm run build writes it');
  }
  const index = pathToFileURL(join(ROOT, 'dist', 'index.js')).href;
  built = (await import(index)) as typeof Library;
});

describe('the JSON Schema files', () => {
  const files = () => readdirSync(SCHEMAS).filter((f) => f.endsWith('.json'));

  it('hold one file for each schema the built package exports', () => {
    const exported = Object.keys(built).filter((k) => k.endsWith('Schema'));
    expect(files()).toHaveLength(exported.length);
    expect(files()).toContain('catatan-imp.json');
  });

  it('are each a valid JSON Schema of draft 2020-12', () => {
    const ajv = newAjv();
    for (const file of files()) {
      const schema = readJson(join(SCHEMAS, file));
      expect(schema.$schema).toBe(
        'https://json-schema.org/draft/2020-12/schema',
      );
      expect(ajv.validateSchema(schema), file).toBe(true);
      expect(() => newAjv().compile(schema), file).not.toThrow();
    }
  });

  it('accept every record of the sample data', () => {
    expect(readdirSync(DATA).sort()).toEqual(Object.keys(SAMPLES).sort());
    for (const [file, split] of Object.entries(SAMPLES)) {
      for (const [slug, records] of Object.entries(
        split(readJson(join(DATA, file))),
      )) {
        const validate = validatorOf(slug);
        for (const record of records) {
          expect(validate(record), `${file} as ${slug}`).toBe(true);
        }
      }
    }
  });

  it('refuse a broken record, as the zod schema does', () => {
    const broken = { menikah: 'ya', istri: { tanggalLahir: '2023-02-29' } };
    const validate = validatorOf('pasangan');
    expect(validate(broken)).toBe(false);
    const paths = new Set(validate.errors?.map((e) => e.instancePath));
    expect([...paths].sort()).toEqual(['/istri/tanggalLahir', '/menikah']);
    expect(built.PasanganSchema.safeParse(broken).success).toBe(false);
  });

  it('name, for what they cannot check, the rule the zod schema keeps', () => {
    // Day 00 of a NIK has the shape of one, but is no day.
    const nik = '3204110001900001';
    expect(validatorOf('nik')(nik)).toBe(true);
    expect(built.NikSchema.safeParse(nik).success).toBe(false);
    const described = readJson(join(SCHEMAS, 'nik.json'));
    expect(described['x-unchecked']).toHaveLength(1);
    expect(described.description).toContain('0000');
  });
});

describe('the schemas subpath of the package', () => {
  const script = (code: string, ...flags: string[]) =>
    execFileSync('node', [...flags, '-e', code], {
      cwd: ROOT,
      encoding: 'utf8',
    });

  it('resolves for require and for import', () => {
    const required = script(
      "console.log(require('imp-bangga-kencana/schemas/desa.json').title)",
    );
    const imported = script(
      "import s from 'imp-bangga-kencana/schemas/desa.json' " +
        "with { type: 'json' }; console.log(s.title)",
      '--input-type=module',
    );
    expect(required).toBe(imported);
    expect(required.trim()).toBe('Desa/kelurahan / Desa or kelurahan');
  });

  it('is packed with the command, but not with the generator', () => {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json'], {
        cwd: ROOT,
        encoding: 'utf8',
      }),
    ) as [{ files: { path: string }[] }];
    const paths = packed.files.map((f) => f.path);
    expect(paths).toContain('docs/schemas/pasangan.json');
    expect(paths).toContain('dist/cli.js');
    expect(paths).not.toContain('dist/json-schema.js');
    expect(paths).not.toContain('docs/build-schemas.mjs');
  });
});
