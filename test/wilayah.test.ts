import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type Desa,
  isKodeWilayahTurunan,
  KodeDesaSchema,
  KodeKabupatenKotaSchema,
  KodeKecamatanSchema,
  KodeProvinsiSchema,
  NomorWilayahSchema,
  tingkatKodeWilayah,
  validateDesa,
} from '../src/index.js';
import { issuesOf } from './support/issues.js';
import { desaArb, kodeArb, segmenArb } from './support/wilayah.js';

const TINGKAT = [
  'provinsi',
  'kabupaten-kota',
  'kecamatan',
  'desa-kelurahan',
] as const;
const segmentsArb = fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>;

describe('region code schemas', () => {
  it.each([
    [KodeProvinsiSchema, '32', ['3', '320', '00', '3a']],
    [KodeKabupatenKotaSchema, '32.04', ['3204', '32.4', '32.00', '32.04.']],
    [KodeKecamatanSchema, '32.04.11', ['32.04.1', '32.04.00', '32.04']],
    [
      KodeDesaSchema,
      '32.04.11.2001',
      ['32.04.11.201', '32.04.11.0000', '32.04.11.20011', ' 32.04.11.2001'],
    ],
  ] as const)(
    'accept the documented shape and refuse near misses',
    (schema, good, bad) => {
      expect(schema.safeParse(good).success).toBe(true);
      for (const kode of bad)
        expect(schema.safeParse(kode).success).toBe(false);
    },
  );

  it('numbers RW and RT from 1', () => {
    expect(
      [0, 1, 2, 1.5].map((n) => NomorWilayahSchema.safeParse(n).success),
    ).toEqual([false, true, true, false]);
  });
});

describe('tingkatKodeWilayah', () => {
  test.prop([segmentsArb.chain((n) => fc.tuple(fc.constant(n), kodeArb(n)))])(
    'returns the tier named by the number of segments',
    ([segments, kode]) => {
      expect(tingkatKodeWilayah(kode)).toBe(TINGKAT[segments - 1]);
    },
  );

  it('returns null when the text has the shape of no tier', () => {
    expect(
      ['', '32.04.11.2001.1', '32/04', '32.04.11.20'].map(tingkatKodeWilayah),
    ).toEqual([null, null, null, null]);
  });

  it('throws when the code is not a string', () => {
    expect(issuesOf(() => tingkatKodeWilayah(32 as never))).toEqual([
      { code: 'invalid_type', path: ['kode'] },
    ]);
  });
});

describe('isKodeWilayahTurunan', () => {
  test.prop([
    fc.constantFrom(1, 2, 3).chain((n) => kodeArb(n as 1 | 2 | 3)),
    fc.nat(),
  ])('returns true for a child made by extending its parent', (induk, n) => {
    const width = induk.split('.').length === 3 ? 4 : 2;
    const segmen = String((n % (10 ** width - 1)) + 1).padStart(width, '0');
    expect(isKodeWilayahTurunan(induk, `${induk}.${segmen}`)).toBe(true);
  });

  test.prop([kodeArb(3), segmenArb(2), segmenArb(4)])(
    'returns false for a grandchild or a child of a sibling',
    (kecamatan, other, desa) => {
      const kabupaten = kecamatan.slice(0, 5);
      expect(isKodeWilayahTurunan(kabupaten, `${kecamatan}.${desa}`)).toBe(
        false,
      );
      const sibling = `${kabupaten}.${other}`;
      fc.pre(sibling !== kecamatan);
      expect(isKodeWilayahTurunan(sibling, `${kecamatan}.${desa}`)).toBe(false);
    },
  );

  it('returns false when the child is the parent itself', () => {
    expect(isKodeWilayahTurunan('32.04', '32.04')).toBe(false);
  });

  it('throws naming both codes when neither is a region code', () => {
    expect(issuesOf(() => isKodeWilayahTurunan('x', '32.04.11.1'))).toEqual([
      { code: 'invalid_input', path: ['induk'] },
      { code: 'invalid_input', path: ['anak'] },
    ]);
  });
});

describe('validateDesa', () => {
  test.prop([desaArb])('returns every valid desa tree, frozen', (desa) => {
    const result = validateDesa(desa);
    expect(result.kode).toBe(desa.kode);
    expect(result.rw.map((rw) => rw.nomor)).toEqual(
      desa.rw?.map((rw) => rw.nomor),
    );
    expect(Object.isFrozen(result.rw)).toBe(true);
  });

  test.prop([desaArb])('does not change its input', (desa) => {
    const before = structuredClone(desa);
    validateDesa(desa);
    expect(desa).toEqual(before);
  });

  it('keeps a dusun as the name of the RW tier it stands for', () => {
    const desa = validateDesa({
      kode: '32.04.11.2001',
      nama: 'Sukamaju',
      rw: [{ nomor: 1, dusun: 'Cibeureum', subImp: true }],
    });
    expect(desa.rw[0]).toMatchObject({ nomor: 1, dusun: 'Cibeureum' });
    expect(desa.rw[0]?.subImp).toBe(true);
  });

  it('fills in absent institutions as not existing', () => {
    const desa = validateDesa({
      kode: '32.04.11.2001',
      nama: 'Sukamaju',
      rw: [{ nomor: 1, rt: [{ nomor: 1 }] }],
    });
    expect([
      desa.imp,
      desa.rw[0]?.subImp,
      desa.rw[0]?.rt[0]?.kelompokKb,
    ]).toEqual([false, false, false]);
  });

  it('reports every problem in one pass when a tree has several', () => {
    const desa: Desa = {
      kode: '32.04.11.0000',
      nama: ' ',
      poktan: ['arisan' as never],
      rw: [
        { nomor: 2, rt: [{ nomor: 1 }, { nomor: 1 }, { nomor: 0 }] },
        { nomor: 2, rt: [{ nomor: 1 }] },
      ],
    };
    expect(issuesOf(() => validateDesa(desa))).toEqual([
      { code: 'invalid_input', path: ['desa', 'kode'] },
      { code: 'out_of_range', path: ['desa', 'nama'] },
      { code: 'invalid_value', path: ['desa', 'poktan', 0] },
      { code: 'out_of_range', path: ['desa', 'rw', 0, 'rt', 2, 'nomor'] },
      { code: 'duplicate_value', path: ['desa', 'rw', 1, 'nomor'] },
      { code: 'duplicate_value', path: ['desa', 'rw', 0, 'rt', 1, 'nomor'] },
    ]);
  });

  test.prop([desaArb, fc.nat()])(
    'reports a repeated RW number at the place of the repeat',
    (desa, n) => {
      const rws = desa.rw ?? [];
      const copied = rws[n % rws.length];
      const tree = {
        ...desa,
        rw: [...rws, { ...copied, nomor: copied?.nomor }],
      };
      expect(issuesOf(() => validateDesa(tree as Desa))).toEqual([
        { code: 'duplicate_value', path: ['desa', 'rw', rws.length, 'nomor'] },
      ]);
    },
  );
});
