import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  checkDocument,
  checkLine,
  checkRecord,
  type Problem,
  resolvePointer,
} from '../../src/cli/validate.js';
import * as library from '../../src/index.js';
import { findSchema, schemaEntries } from '../../src/json-schema/names.js';
import { nikArb } from '../support/nik.js';

const entries = schemaEntries(library);

function entry(name: string) {
  const found = findSchema(entries, name);
  if (!found) throw new Error(`no schema ${name}`);
  return found;
}

const codes = (problems: readonly Problem[] | undefined) =>
  problems?.map(({ code, path }) => ({ code, path }));

const COUPLE = { menikah: true, istri: { tanggalLahir: '1990-05-01' } };
const BAD_COUPLE = { menikah: 'ya', istri: { tanggalLahir: '2023-02-29' } };

describe('checkRecord', () => {
  it('returns no problem for a record the library reads', () => {
    expect(checkRecord(entry('pasangan'), COUPLE)).toEqual([]);
  });

  it('returns every problem, with paths from the record and its place', () => {
    expect(checkRecord(entry('pasangan'), BAD_COUPLE, { line: 7 })).toEqual([
      expect.objectContaining({
        line: 7,
        path: ['menikah'],
        code: 'invalid_type',
      }),
      expect.objectContaining({
        line: 7,
        path: ['istri', 'tanggalLahir'],
        code: 'invalid_date',
      }),
    ]);
  });

  it('returns the messages of the library in both languages', () => {
    const [problem] = checkRecord(entry('tanggal'), '2023-02-29');
    const direct = library.safeAssessPus(COUPLE, '2023-02-29');
    expect(direct.success).toBe(false);
    expect(problem?.message).toEqual(
      direct.success ? null : direct.error.issues[0].message,
    );
  });

  it('returns the checks of the library across fields', () => {
    const desa = {
      kode: '32.04.11.2001',
      nama: 'Sukamaju',
      rw: [{ nomor: 1 }, { nomor: 1 }],
    };
    expect(codes(checkRecord(entry('desa'), desa))).toEqual([
      { code: 'duplicate_value', path: ['rw', 1, 'nomor'] },
    ]);
    const periode = { mulai: '2025-03-01', selesai: '2025-01-31' };
    expect(codes(checkRecord(entry('periode'), periode))).toEqual([
      { code: 'out_of_range', path: ['selesai'] },
    ]);
    const pertemuan = { periode, rencanaKerja: true, pertemuan: [] };
    expect(codes(checkRecord(entry('catatan-pertemuan'), pertemuan))).toEqual([
      { code: 'out_of_range', path: ['periode', 'selesai'] },
    ]);
  });

  it('returns the checks that need the day judged, when it is given', () => {
    const young = { menikah: true, istri: { tanggalLahir: '2030-01-01' } };
    expect(checkRecord(entry('pasangan'), young)).toEqual([]);
    expect(
      codes(checkRecord(entry('pasangan'), young, undefined, '2025-01-01')),
    ).toEqual([{ code: 'birth_after_date', path: ['istri', 'tanggalLahir'] }]);
  });

  it('returns the rules across members, and those of the day', () => {
    const kepala = {
      id: '01',
      jenisKelamin: 'laki-laki',
      tanggalLahir: '1960-01-01',
      statusKawin: 'cerai-mati',
      hubungan: 'kepala-keluarga',
    };
    const keluarga = {
      id: 'K-1',
      kodeDesa: '32.04.11.2001',
      rentan: false,
      anggota: [kepala, { ...kepala, hubungan: 'lainnya' }],
    };
    expect(codes(checkRecord(entry('keluarga'), keluarga))).toEqual([
      { code: 'duplicate_value', path: ['anggota', 1, 'id'] },
    ]);
    const dayBefore = checkRecord(
      entry('keluarga'),
      keluarga,
      undefined,
      '1959-12-31',
    );
    expect(codes(dayBefore)).toEqual([
      { code: 'duplicate_value', path: ['anggota', 1, 'id'] },
      { code: 'birth_after_date', path: ['anggota', 0, 'tanggalLahir'] },
      { code: 'birth_after_date', path: ['anggota', 1, 'tanggalLahir'] },
    ]);
  });

  it('returns only the shape problems of a family of the wrong shape', () => {
    expect(codes(checkRecord(entry('keluarga'), { id: 'K-1' }))).toEqual([
      { code: 'required', path: ['kodeDesa'] },
      { code: 'required', path: ['rentan'] },
      { code: 'required', path: ['anggota'] },
    ]);
  });

  it('returns the rules of the families of a desa report', () => {
    const keluarga = {
      id: 'K-1',
      kodeDesa: '32.04.11.2001',
      rentan: false,
      anggota: [
        {
          id: '01',
          jenisKelamin: 'perempuan',
          tanggalLahir: '1960-01-01',
          statusKawin: 'cerai-mati',
          hubungan: 'kepala-keluarga',
        },
      ],
    };
    const data = {
      kode: '32.04.11.2001',
      keluarga: [keluarga, keluarga],
      peristiwa: {
        dicatatSejak: '2025-01-01',
        kelahiran: [{ tanggal: '2025-02-01', keluarga: 'K-9' }],
        perkawinan: [],
      },
    };
    const twice = { code: 'duplicate_value', path: ['keluarga', 1, 'id'] };
    expect(codes(checkRecord(entry('data-laporan-desa'), data))).toEqual([
      twice,
    ]);
    const onDay = checkRecord(
      entry('data-laporan-desa'),
      data,
      undefined,
      '2025-06-30',
    );
    expect(codes(onDay)).toEqual([
      twice,
      {
        code: 'invalid_value',
        path: ['peristiwa', 'kelahiran', 0, 'keluarga'],
      },
    ]);
    expect(checkRecord(entry('data-laporan-desa'), { kode: 'x' })).toHaveLength(
      2,
    );
  });

  it('returns the problems of classifying records of an IMP', () => {
    const catatan = { kepengurusan: {}, pertemuan: {} };
    const problems = checkRecord(entry('CatatanImpSchema'), catatan);
    expect(problems.map((p) => p.path[0])).toContain('poktan');
  });

  test.prop([nikArb])('never returns the value at fault', ({ nik }) => {
    const broken = `${nik.slice(0, 6)}00${nik.slice(8)}`;
    const record = { nama: '  ', nik: broken, domisili: nik };
    const text = JSON.stringify(checkRecord(entry('pengurus'), record));
    expect(text).not.toContain(broken);
    expect(text).not.toContain(nik);
  });
});

describe('checkLine', () => {
  it('returns undefined for a blank line, which holds no record', () => {
    expect(checkLine(entry('pasangan'), '  \t', 3)).toBeUndefined();
  });

  it('returns the problems of a line, placed by that line', () => {
    const problems = checkLine(
      entry('pasangan'),
      JSON.stringify(BAD_COUPLE),
      9,
    );
    expect(problems?.map((p) => p.line)).toEqual([9, 9]);
  });

  it('returns invalid_json for a line that is not JSON, never its text', () => {
    const problems = checkLine(entry('pasangan'), '{"nik": 3204115708', 2);
    expect(codes(problems)).toEqual([{ code: 'invalid_json', path: [] }]);
    expect(JSON.stringify(problems)).not.toContain('3204115708');
  });

  it('checks the value a JSON Pointer names, and names a missing one', () => {
    const line = JSON.stringify({ pasangan: COUPLE });
    expect(
      checkLine(entry('pasangan'), line, 1, { pointer: '/pasangan' }),
    ).toEqual([]);
    expect(
      codes(checkLine(entry('pasangan'), line, 1, { pointer: '/catin' })),
    ).toEqual([{ code: 'required', path: ['catin'] }]);
  });
});

describe('checkDocument', () => {
  it('returns one record for an object, placed by no index', () => {
    const result = checkDocument(entry('pasangan'), JSON.stringify(BAD_COUPLE));
    expect(result.records).toBe(1);
    expect(result.invalid).toBe(1);
    expect(result.problems.every((p) => p.index === undefined)).toBe(true);
  });

  it('returns each record of a list, placed by its index', () => {
    const text = JSON.stringify([COUPLE, BAD_COUPLE, COUPLE, BAD_COUPLE]);
    const result = checkDocument(entry('pasangan'), text);
    expect([result.records, result.invalid, result.problems.length]).toEqual([
      4, 2, 4,
    ]);
    expect(result.problems.map((p) => p.index)).toEqual([1, 1, 3, 3]);
  });

  it('reads a list as one record when the schema is itself a list', () => {
    const poktan = [
      { jenis: 'bkb', aktif: true },
      { jenis: 'x', aktif: true },
    ];
    const result = checkDocument(entry('poktan-desa'), JSON.stringify(poktan));
    expect(result.records).toBe(1);
    expect(codes(result.problems)).toEqual([
      { code: 'invalid_value', path: [1, 'jenis'] },
    ]);
  });

  it('reads the list or record a JSON Pointer names', () => {
    const text = JSON.stringify({ data: { 'a/b': [COUPLE, BAD_COUPLE] } });
    const result = checkDocument(entry('pasangan'), text, {
      pointer: '/data/a~1b',
    });
    expect([result.records, result.invalid]).toEqual([2, 1]);
    const missing = checkDocument(entry('pasangan'), text, {
      pointer: '/data/c~0d',
    });
    expect(codes(missing.problems)).toEqual([
      { code: 'required', path: ['data', 'c~d'] },
    ]);
  });

  it('returns invalid_json for a file that is not JSON', () => {
    const result = checkDocument(entry('pasangan'), '[{"menikah": true},');
    expect(result).toMatchObject({ records: 0, invalid: 1 });
    expect(codes(result.problems)).toEqual([
      { code: 'invalid_json', path: [] },
    ]);
  });

  it('ignores a byte-order mark before the JSON text', () => {
    const text = `\uFEFF${JSON.stringify(COUPLE)}`;
    expect(checkDocument(entry('pasangan'), text).problems).toEqual([]);
  });
});

describe('resolvePointer', () => {
  it('returns the whole value for the empty pointer', () => {
    expect(resolvePointer({ a: 1 }, '')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('returns items of lists by index, and nothing past a scalar', () => {
    expect(resolvePointer({ a: [5, 6] }, '/a/1')).toEqual({
      ok: true,
      value: 6,
    });
    expect(resolvePointer({ a: 5 }, '/a/0')).toEqual({ ok: false });
    expect(resolvePointer({ a: null }, '/a/b')).toEqual({ ok: false });
  });

  it('does not read inherited keys', () => {
    expect(resolvePointer({}, '/constructor')).toEqual({ ok: false });
  });
});

describe('checkRecord, on a fault of its own', () => {
  it('passes on an error that is not an input error', () => {
    const broken = z.string().refine(() => {
      throw new TypeError('bug');
    });
    const entry = { name: 'BrokenSchema', slug: 'broken', schema: broken };
    expect(() => checkRecord(entry, 'x')).toThrow(TypeError);
  });
});
