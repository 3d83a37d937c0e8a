import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  checkNik,
  decodeNik,
  ImpInputError,
  maskNik,
  NikSchema,
  safeDecodeNik,
} from '../src/index.js';
import { issuesOf } from './support/issues.js';
import { buildNik, nikArb } from './support/nik.js';

// A woman born 17 August 1990 and a man born 5 January 2001, both issued
// in kecamatan 32.04.11.
const PEREMPUAN = '3204115708900001';
const LAKI_LAKI = '3204110501010123';

describe('NikSchema', () => {
  it('accepts the NIK of a woman and of a man', () => {
    expect(
      [PEREMPUAN, LAKI_LAKI].map((n) => NikSchema.safeParse(n).success),
    ).toEqual([true, true]);
  });

  it.each([
    ['15 digits', '320411570890001'],
    ['17 digits', '32041157089000011'],
    ['a letter', '32041157089O0001'],
    ['spaces', '3204 1157 0890 01'],
    ['serial 0000', '3204115708900000'],
    ['month 00', '3204111700900001'],
    ['month 13', '3204111713900001'],
    ['day 00', '3204110008900001'],
    ['day 32', '3204113208900001'],
    ['day 40', '3204114008900001'],
    ['day 72', '3204117208900001'],
    ['31 April', '3204113104900001'],
    ['a woman on 31 April', '3204117104900001'],
    ['29 February of 2001 or 1901', '3204112902010001'],
  ])('refuses a NIK with %s', (_case, nik) => {
    expect(NikSchema.safeParse(nik).success).toBe(false);
  });

  it.each([
    ['day 01', '3204110101900001'],
    ['day 31', '3204113101900001'],
    ['day 41', '3204114101900001'],
    ['day 71', '3204117101900001'],
    ['29 February of year 00', '3204112902000001'],
    ['region 00 that names no region today', '0000000101900001'],
  ])('accepts a NIK with %s', (_case, nik) => {
    expect(NikSchema.safeParse(nik).success).toBe(true);
  });
});

describe('decodeNik', () => {
  it('returns the region, birth date and sex of a woman', () => {
    const result = decodeNik(PEREMPUAN, '2025-01-01');
    expect(result).toMatchObject({
      kodeProvinsi: '32',
      kodeKabupatenKota: '32.04',
      kodeKecamatan: '32.04.11',
      tanggalLahir: '1990-08-17',
      jenisKelamin: 'perempuan',
    });
    expect(result.citation.ref).toBe('Lampiran BAB IV huruf A angka 1 huruf a');
    expect(Object.isFrozen(result)).toBe(true);
  });

  it('returns the birth date and sex of a man', () => {
    const { tanggalLahir, jenisKelamin } = decodeNik(LAKI_LAKI, '2025-01-01');
    expect([tanggalLahir, jenisKelamin]).toEqual(['2001-01-05', 'laki-laki']);
  });

  it('reads the latest century not after the day judged', () => {
    const nik = buildNik('320411', '2001-01-05', 'laki-laki');
    expect(decodeNik(nik, '2001-01-04').tanggalLahir).toBe('1901-01-05');
    expect(decodeNik(nik, '2001-01-05').tanggalLahir).toBe('2001-01-05');
    expect(decodeNik(nik, '2001-01-06').tanggalLahir).toBe('2001-01-05');
  });

  test.prop([nikArb, fc.integer({ min: 0, max: 99 })])(
    'round-trips a birth date under 100 years before the day judged',
    (facts, tahun) => {
      const lahir = facts.tanggalLahir;
      const acuanTahun = Number(lahir.slice(0, 4)) + tahun;
      const acuan = `${acuanTahun}${lahir.slice(4, 7)}-28`;
      fc.pre(acuan >= lahir);
      const result = decodeNik(facts.nik, acuan);
      expect(result.tanggalLahir).toBe(lahir);
      expect(result.jenisKelamin).toBe(facts.jenisKelamin);
      expect(result.kodeKecamatan.replaceAll('.', '')).toBe(facts.region);
    },
  );

  it('throws when 29 February falls in a century without it', () => {
    const nik = buildNik('320411', '2000-02-29', 'perempuan');
    expect(issuesOf(() => decodeNik(nik, '1999-12-31'))).toEqual([
      { code: 'invalid_date', path: ['nik'] },
    ]);
  });

  test.prop([nikArb])('never repeats the NIK in an error', ({ nik }) => {
    const bad = `${nik.slice(0, 12)}0000`;
    const result = safeDecodeNik(bad, '2025-13-01');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(ImpInputError);
      expect(result.error.message).not.toContain(bad.slice(6, 12));
      expect(JSON.stringify(result.error.issues)).not.toContain(bad);
    }
  });
});

describe('checkNik', () => {
  test.prop([nikArb])(
    'returns no mismatch for the facts a NIK was built from',
    (f) => {
      const result = checkNik(f.nik, {
        tanggalLahir: f.tanggalLahir,
        jenisKelamin: f.jenisKelamin,
      });
      expect([result.cocok, result.selisih, result.tidakDiperiksa]).toEqual([
        true,
        [],
        [],
      ]);
    },
  );

  it('returns every mismatch when both facts differ', () => {
    const result = checkNik(PEREMPUAN, {
      tanggalLahir: '1990-08-18',
      jenisKelamin: 'laki-laki',
    });
    expect([result.cocok, result.selisih.map((s) => s.id)]).toEqual([
      false,
      ['tanggal-lahir', 'jenis-kelamin'],
    ]);
  });

  it('compares only the two digits of the year that a NIK holds', () => {
    expect(checkNik(PEREMPUAN, { tanggalLahir: '1890-08-17' }).cocok).toBe(
      true,
    );
    expect(checkNik(PEREMPUAN, { tanggalLahir: '1991-08-17' }).cocok).toBe(
      false,
    );
  });

  it('names the facts it could not compare when they are not declared', () => {
    const result = checkNik(LAKI_LAKI, {});
    expect([result.cocok, result.tidakDiperiksa]).toEqual([
      true,
      ['tanggal-lahir', 'jenis-kelamin'],
    ]);
  });

  it('does not change its input', () => {
    const data = { tanggalLahir: '2001-01-05' };
    checkNik(LAKI_LAKI, Object.freeze(data));
    expect(data).toEqual({ tanggalLahir: '2001-01-05' });
  });

  it('throws listing a bad NIK and a bad date together', () => {
    expect(
      issuesOf(() => checkNik('123', { tanggalLahir: '1990-02-30' })),
    ).toEqual([
      { code: 'invalid_input', path: ['nik'] },
      { code: 'invalid_date', path: ['data', 'tanggalLahir'] },
    ]);
  });
});

describe('maskNik', () => {
  test.prop([nikArb])(
    'keeps the region and hides the birth date and serial',
    ({ nik }) => {
      const masked = maskNik(nik);
      expect(masked).toHaveLength(16);
      expect(masked.slice(0, 6)).toBe(nik.slice(0, 6));
      expect(masked.slice(6)).toBe('**********');
    },
  );

  it('throws for a text that is no NIK', () => {
    expect(issuesOf(() => maskNik('3204-11'))).toEqual([
      { code: 'invalid_input', path: ['nik'] },
    ]);
  });
});
