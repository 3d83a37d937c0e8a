import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as library from '../../src/index.js';
import { PasanganSchema } from '../../src/index.js';
import {
  buildJsonSchemas,
  type JsonSchemaFile,
  metadataProblems,
} from '../../src/json-schema/index.js';
import { METADATA } from '../../src/json-schema/metadata/index.js';
import { NIK_SAH } from '../../src/json-schema/metadata/nik.js';
import { decree, field } from '../../src/json-schema/metadata.js';
import type { JsonNode } from '../../src/json-schema/walk.js';

const files = buildJsonSchemas();

function fileOf(name: string): JsonNode {
  const found = files.find((f) => f.name === name);
  if (!found) throw new Error(`no file for ${name}`);
  return found.schema;
}

function at(node: JsonNode, ...keys: string[]): JsonNode {
  return keys.reduce((n, key) => n[key] as JsonNode, node);
}

const NEW = { id: 'Baru', en: 'New' };

describe('buildJsonSchemas', () => {
  it('writes a file for every exported value whose name ends in Schema', () => {
    const exported = Object.keys(library).filter((k) => k.endsWith('Schema'));
    expect(files.map((f) => f.name).sort()).toEqual(exported.sort());
  });

  it('gives every exported schema and field its words and clauses', () => {
    // A new schema of the library fails here until METADATA describes it
    // and each of its fields, in both languages, with the clause.
    expect(metadataProblems()).toEqual([]);
  });

  it('names each file by the schema without Schema, in kebab case', () => {
    const names = Object.fromEntries(files.map((f) => [f.name, f.file]));
    expect(names.CatatanImpSchema).toBe('catatan-imp.json');
    expect(names.KodeKabupatenKotaSchema).toBe('kode-kabupaten-kota.json');
  });

  it('targets draft 2020-12 and the input of each schema', () => {
    const desa = fileOf('DesaSchema');
    expect(desa.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    // A key with a default may be left out of a record.
    expect(desa.required).toEqual(['kode', 'nama']);
  });

  it('writes the title and description in both languages', () => {
    const pasangan = fileOf('PasanganSchema');
    const meta = METADATA.PasanganSchema;
    expect(pasangan['x-title']).toEqual(meta?.title);
    expect(pasangan.title).toBe(`${meta?.title.id} / ${meta?.title.en}`);
    expect(pasangan.description).toContain(meta?.description.id);
    expect(pasangan.description).toContain(meta?.description.en);
    expect(pasangan.description).toContain('Lampiran BAB I huruf D angka 26');
  });

  it('writes the clause of each field', () => {
    const lahir = at(
      fileOf('PasanganSchema'),
      'properties',
      'istri',
      'properties',
      'tanggalLahir',
    );
    expect(lahir['x-citations']).toEqual([
      decree('Lampiran BAB I huruf D angka 26'),
    ]);
  });

  it("lets a field's words win over those of the schema it reuses", () => {
    const lahir = at(
      fileOf('PasanganSchema'),
      'properties',
      'istri',
      'properties',
      'tanggalLahir',
    );
    expect(lahir['x-title']).toEqual(METADATA.TanggalSchema?.title);
    expect(lahir['x-description']).toEqual(
      METADATA.PasanganSchema?.fields?.['istri.tanggalLahir']?.description,
    );
  });

  it('describes each field of a schema reused at several places', () => {
    const roster = fileOf('KepengurusanSchema');
    const ketua = at(roster, 'properties', 'ketua');
    const sekretaris = at(roster, 'properties', 'sekretaris');
    expect(ketua.description).not.toBe(sekretaris.description);
    expect(at(ketua, 'properties', 'nama')['x-description']).toEqual(
      METADATA.PengurusSchema?.fields?.nama?.description,
    );
  });

  it('lists what JSON Schema cannot check, with that of inner schemas', () => {
    const unchecked = fileOf('CatatanImpSchema')['x-unchecked'];
    expect(unchecked).toContainEqual(NIK_SAH);
    expect(unchecked).toEqual(
      expect.arrayContaining([...(METADATA.PeriodeSchema?.unchecked ?? [])]),
    );
    expect(fileOf('NikSchema').description).toContain(NIK_SAH.en);
    expect(fileOf('TanggalSchema')).not.toHaveProperty('x-unchecked');
  });

  it("leaves zod's global registry untouched", () => {
    expect(z.globalRegistry.has(PasanganSchema)).toBe(false);
    expect(z.toJSONSchema(PasanganSchema)).not.toHaveProperty('title');
  });
});

describe('metadataProblems', () => {
  const schemas = { NewSchema: z.object({ a: z.string() }) };

  it('names a new schema without metadata, which still gets its file', () => {
    expect(metadataProblems(schemas, {})).toEqual([
      'NewSchema: no title and description in both languages',
      "NewSchema: field 'a' has no description",
    ]);
    expect(buildJsonSchemas(schemas, {}).map((f) => f.file)).toEqual([
      'new.json',
    ]);
  });

  it('names a title or description missing in one language', () => {
    const table = {
      NewSchema: {
        title: NEW,
        description: { id: 'Ada', en: ' ' },
        citations: [],
      },
    };
    expect(metadataProblems(schemas, table)[0]).toBe(
      'NewSchema: no title and description in both languages',
    );
  });

  it('names a field path that leads to no field', () => {
    const citation = decree('Diktum KESATU');
    const table = {
      NewSchema: {
        title: NEW,
        description: NEW,
        citations: [citation],
        fields: { a: field('A', 'A', citation), 'b[]': field('B', 'B') },
      },
    };
    expect(metadataProblems(schemas, table)).toEqual([
      "NewSchema: no field 'b[]'",
    ]);
  });

  it('names metadata of a name that is no exported schema', () => {
    const table = {
      OldSchema: { title: NEW, description: NEW, citations: [] },
    };
    expect(metadataProblems({}, table)).toEqual([
      'OldSchema: not an exported schema',
    ]);
  });
});

describe('the fields of unions, nullables and pipes', () => {
  const citation = decree('Diktum KESATU');
  const words = field('Kata', 'Word', citation);
  const schemas = {
    MixSchema: z.strictObject({
      u: z.union([z.object({ a: z.string() }), z.object({ b: z.int() })]),
      n: z.object({ c: z.boolean() }).nullable(),
      p: z.string().pipe(z.string().min(2)).readonly(),
      s: z.union([z.string(), z.number()]),
    }),
  };
  const table = {
    MixSchema: {
      title: NEW,
      description: NEW,
      citations: [citation],
      fields: { u: words, 'u.a': words, 'u.b': words, n: words, 'n.c': words },
    },
  };
  const [mix] = buildJsonSchemas(schemas, table) as [JsonSchemaFile];

  it('reaches fields inside each branch of a union', () => {
    const branches = at(mix.schema, 'properties', 'u').anyOf as JsonNode[];
    expect(at(branches[0] as JsonNode, 'properties', 'a').description).toBe(
      'Kata\nDasar: Keputusan Kepala Badan Kependudukan dan Keluarga ' +
        'Berencana Nasional Nomor 84/KEP/G3/2024, Diktum KESATU.\n\n' +
        'Word\nSource: Keputusan Kepala Badan Kependudukan dan Keluarga ' +
        'Berencana Nasional Nomor 84/KEP/G3/2024, Diktum KESATU.',
    );
    expect(at(branches[1] as JsonNode, 'properties', 'b')).toHaveProperty(
      'x-citations',
    );
  });

  it('reaches fields of a nullable object, and names those left bare', () => {
    expect(metadataProblems(schemas, table)).toEqual([
      "MixSchema: field 'p' has no description",
      "MixSchema: field 's' has no description",
    ]);
  });
});
