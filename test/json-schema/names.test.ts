import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as library from '../../src/index.js';
import {
  findSchema,
  schemaEntries,
  slugOf,
} from '../../src/json-schema/names.js';

const entries = schemaEntries(library);

describe('schemaEntries', () => {
  it('takes every value whose name ends in Schema, sorted by name', () => {
    const found = schemaEntries({
      ZedSchema: z.string(),
      assessPus: () => null,
      Schema: z.string(),
      AlphaSchema: z.number(),
    });
    expect(found.map((e) => [e.name, e.slug])).toEqual([
      ['AlphaSchema', 'alpha'],
      ['ZedSchema', 'zed'],
    ]);
  });
});

describe('slugOf', () => {
  it('returns kebab case without the Schema suffix', () => {
    expect(slugOf('CatatanImpSchema')).toBe('catatan-imp');
    expect(slugOf('KodeKabupatenKotaSchema')).toBe('kode-kabupaten-kota');
    expect(slugOf('NIKSchema')).toBe('nik');
    expect(slugOf('PIKRemajaSchema')).toBe('pik-remaja');
    expect(slugOf('Rw2Schema')).toBe('rw2');
    expect(slugOf('Pasangan')).toBe('pasangan');
  });

  it('gives each exported schema a file name of its own', () => {
    const slugs = entries.map((e) => e.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});

describe('findSchema', () => {
  it('finds a schema by its export name, its file name or either bare', () => {
    for (const query of [
      'CatatanImpSchema',
      'CatatanImp',
      'catatan-imp',
      'catatanimp',
      'CATATAN_IMP',
    ]) {
      expect(findSchema(entries, query)?.name).toBe('CatatanImpSchema');
    }
  });

  it('returns undefined for a name no schema has', () => {
    expect(findSchema(entries, 'posyandu')).toBeUndefined();
    expect(findSchema(entries, 'Schema')).toBeUndefined();
  });

  test.prop([fc.constantFrom(...entries)])(
    'finds every exported schema by its file name and by its export name',
    (entry) => {
      expect(findSchema(entries, entry.slug)).toBe(entry);
      expect(findSchema(entries, entry.name.toLowerCase())).toBe(entry);
    },
  );
});
