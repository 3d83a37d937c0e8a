import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  ImpInputError,
  type Keluarga,
  safeValidateKeluarga,
  validateKeluarga,
} from '../../src/index.js';
import { issuesOf } from '../support/issues.js';
import {
  anggota,
  keluarga,
  keluargaArb,
  keluargaPasangan,
} from '../support/keluarga.js';
import { shiftDays, tanggalArb } from '../support/tanggal.js';

const DAY = '2025-06-30';
const NIK = '3204115708900001';

function codes(k: Keluarga, tanggal = DAY) {
  return issuesOf(() => validateKeluarga(k, tanggal));
}

const kepala = (fakta = {}) =>
  anggota('01', 40, DAY, {
    jenisKelamin: 'laki-laki',
    statusKawin: 'kawin',
    hubungan: 'kepala-keluarga',
    ...fakta,
  });
const istri = (id = '02', fakta = {}) =>
  anggota(id, 35, DAY, { statusKawin: 'kawin', hubungan: 'istri', ...fakta });

describe('validateKeluarga', () => {
  test.prop([
    tanggalArb(1990, 2060).chain((t) =>
      keluargaArb('K-1', t).map((k) => [k, t] as const),
    ),
  ])(
    'returns the family, frozen, for every family the builders make',
    ([k, tanggal]) => {
      const result = validateKeluarga(k, tanggal);
      expect(result).toEqual(k);
      expect(Object.isFrozen(result.anggota[0])).toBe(true);
    },
  );

  it('returns the family when a husband has two wives, each a couple', () => {
    const k = keluarga('K-1', [kepala(), istri('02'), istri('03')]);
    expect(validateKeluarga(k, DAY).anggota).toHaveLength(3);
  });

  it('returns the family when a woman heads it with her husband', () => {
    const k = keluarga('K-1', [
      anggota('01', 40, DAY, {
        statusKawin: 'kawin',
        hubungan: 'kepala-keluarga',
      }),
      anggota('02', 42, DAY, {
        jenisKelamin: 'laki-laki',
        statusKawin: 'kawin',
        hubungan: 'suami',
        kontrasepsi: { metode: 'mop', sejak: '2020-01-01' },
      }),
    ]);
    expect(() => validateKeluarga(k, DAY)).not.toThrow();
  });

  it('returns a duplicate_value issue when two members share an id', () => {
    const k = keluarga('K-1', [kepala(), istri('01')]);
    expect(codes(k)).toEqual([
      { code: 'duplicate_value', path: ['keluarga', 'anggota', 1, 'id'] },
    ]);
  });

  it('returns the missing head and a second head as issues', () => {
    expect(codes(keluarga('K-1', [istri()]))).toContainEqual({
      code: 'required',
      path: ['keluarga', 'anggota'],
    });
    const dua = keluarga('K-1', [kepala(), { ...kepala(), id: '02' }]);
    expect(codes(dua)).toEqual([
      { code: 'duplicate_value', path: ['keluarga', 'anggota', 1, 'hubungan'] },
    ]);
  });

  it('returns an issue for a second husband of a female head', () => {
    const suami = (id: string) =>
      anggota(id, 40, DAY, {
        jenisKelamin: 'laki-laki',
        statusKawin: 'kawin',
        hubungan: 'suami',
      });
    const k = keluarga('K-1', [
      anggota('01', 40, DAY, {
        statusKawin: 'kawin',
        hubungan: 'kepala-keluarga',
      }),
      suami('02'),
      suami('03'),
    ]);
    expect(codes(k)).toEqual([
      { code: 'duplicate_value', path: ['keluarga', 'anggota', 2, 'hubungan'] },
    ]);
  });

  it('returns an issue for a place that does not fit the sexes', () => {
    const perempuan = kepala({ jenisKelamin: 'perempuan' });
    expect(codes(keluarga('K-1', [perempuan, istri()]))).toEqual([
      { code: 'invalid_value', path: ['keluarga', 'anggota', 1, 'hubungan'] },
    ]);
    const lakiLaki = istri('02', { jenisKelamin: 'laki-laki' });
    expect(codes(keluarga('K-1', [kepala(), lakiLaki]))).toEqual([
      { code: 'invalid_value', path: ['keluarga', 'anggota', 1, 'hubungan'] },
    ]);
  });

  it('returns an issue for a spouse or a head of a couple not married', () => {
    const cerai = istri('02', { statusKawin: 'cerai-hidup' });
    expect(codes(keluarga('K-1', [kepala(), cerai]))).toEqual([
      {
        code: 'invalid_value',
        path: ['keluarga', 'anggota', 1, 'statusKawin'],
      },
    ]);
    const duda = kepala({ statusKawin: 'cerai-mati' });
    expect(codes(keluarga('K-1', [duda, istri()]))).toEqual([
      {
        code: 'invalid_value',
        path: ['keluarga', 'anggota', 0, 'statusKawin'],
      },
    ]);
  });

  it('returns an issue for a married member outside the head couple', () => {
    const anak = anggota('03', 25, DAY, { statusKawin: 'kawin' });
    expect(codes(keluarga('K-1', [kepala(), istri(), anak]))).toEqual([
      {
        code: 'invalid_value',
        path: ['keluarga', 'anggota', 2, 'statusKawin'],
      },
    ]);
  });

  it('returns birth_after_date for a birth after the day judged', () => {
    const bayi = anggota('03', 0, DAY, { tanggalLahir: shiftDays(DAY, 1) });
    expect(codes(keluarga('K-1', [kepala(), istri(), bayi]))).toEqual([
      {
        code: 'birth_after_date',
        path: ['keluarga', 'anggota', 2, 'tanggalLahir'],
      },
    ]);
    const lahirHariIni = { ...bayi, tanggalLahir: DAY };
    expect(() =>
      validateKeluarga(keluarga('K-1', [kepala(), lahirHariIni]), DAY),
    ).not.toThrow();
  });

  it.each([
    [shiftDays(DAY, -1), true],
    [DAY, true],
    [shiftDays(DAY, 1), false],
  ])('accepts contraception since %s: %s', (sejak, ok) => {
    const k = keluargaPasangan('K-1', 30, DAY, {
      kontrasepsi: { metode: 'pil', sejak },
    });
    const result = safeValidateKeluarga(k, DAY);
    expect(result.success).toBe(ok);
    if (!result.success) {
      expect(result.error.issues.map((i) => [i.code, i.path])).toEqual([
        ['out_of_range', ['keluarga', 'anggota', 1, 'kontrasepsi', 'sejak']],
      ]);
    }
  });

  it('returns out_of_range for contraception before birth', () => {
    const k = keluargaPasangan('K-1', 30, DAY, {
      kontrasepsi: { metode: 'iud', sejak: '1990-01-01' },
    });
    expect(codes(k)).toEqual([
      {
        code: 'out_of_range',
        path: ['keluarga', 'anggota', 1, 'kontrasepsi', 'sejak'],
      },
    ]);
  });

  it.each([
    ['istri', 'mop', false],
    ['istri', 'kondom', true],
    ['istri', 'mow', true],
    ['suami', 'kondom', true],
    ['suami', 'mop', true],
    ['suami', 'pil', false],
    ['suami', 'iud', false],
  ] as const)('on the %s accepts %s: %s', (siapa, metode, ok) => {
    const kontrasepsi = { metode, sejak: '2024-01-01' };
    const k =
      siapa === 'istri'
        ? keluargaPasangan('K-1', 30, DAY, { kontrasepsi })
        : keluargaPasangan('K-1', 30, DAY, {}, { kontrasepsi });
    const i = siapa === 'istri' ? 1 : 0;
    if (ok) expect(() => validateKeluarga(k, DAY)).not.toThrow();
    else {
      expect(codes(k)).toEqual([
        {
          code: 'invalid_value',
          path: ['keluarga', 'anggota', i, 'kontrasepsi', 'metode'],
        },
      ]);
    }
  });

  it.each(['haid', 'hamil', 'alasanTidakKb'] as const)(
    'returns an issue for %s on a man',
    (fakta) => {
      const value = fakta === 'alasanTidakKb' ? 'ingin-anak-segera' : true;
      const k = keluargaPasangan('K-1', 30, DAY, {}, { [fakta]: value });
      expect(codes(k)).toEqual([
        { code: 'invalid_input', path: ['keluarga', 'anggota', 0, fakta] },
      ]);
    },
  );

  it('returns an issue for a method recorded on both partners', () => {
    const k = keluargaPasangan(
      'K-1',
      30,
      DAY,
      { kontrasepsi: { metode: 'pil', sejak: '2024-01-01' } },
      { kontrasepsi: { metode: 'kondom', sejak: '2024-01-01' } },
    );
    expect(codes(k)).toEqual([
      {
        code: 'invalid_input',
        path: ['keluarga', 'anggota', 0, 'kontrasepsi'],
      },
    ]);
  });

  it('returns issues for a reason or a pregnancy beside a method', () => {
    const k = keluargaPasangan(
      'K-1',
      30,
      DAY,
      { alasanTidakKb: 'hamil', hamil: true },
      { kontrasepsi: { metode: 'mop', sejak: '2024-01-01' } },
    );
    expect(codes(k)).toEqual([
      {
        code: 'invalid_input',
        path: ['keluarga', 'anggota', 1, 'alasanTidakKb'],
      },
      { code: 'invalid_input', path: ['keluarga', 'anggota', 1, 'hamil'] },
    ]);
  });

  it('returns an issue for a pregnant wife with another reason', () => {
    const k = keluargaPasangan('K-1', 30, DAY, {
      hamil: true,
      alasanTidakKb: 'ingin-anak-tunda',
    });
    expect(codes(k)).toEqual([
      {
        code: 'invalid_value',
        path: ['keluarga', 'anggota', 1, 'alasanTidakKb'],
      },
    ]);
    const hamil = keluargaPasangan('K-1', 30, DAY, { hamil: true });
    expect(() => validateKeluarga(hamil, DAY)).not.toThrow();
  });

  it('lists every problem of a family at once', () => {
    const k = keluarga('K-1', [
      kepala({ haid: true }),
      istri('01', { kontrasepsi: { metode: 'mop', sejak: '2030-01-01' } }),
    ]);
    expect(
      codes(k)
        .map((i) => i.code)
        .sort(),
    ).toEqual([
      'duplicate_value',
      'invalid_input',
      'invalid_value',
      'out_of_range',
    ]);
  });

  it('refuses an unknown key and a bad shape by path and code', () => {
    const k = { ...keluargaPasangan('K-1', 30, DAY), rt: 3 } as Keluarga;
    expect(codes(k)).toEqual([
      { code: 'unrecognized_key', path: ['keluarga', 'rt'] },
    ]);
    expect(codes(keluargaPasangan('K-1', 30, DAY), '2025-02-30')).toEqual([
      { code: 'invalid_date', path: ['tanggal'] },
    ]);
  });

  it('never repeats a NIK or a name in its messages', () => {
    const k = keluargaPasangan('K-1', 30, DAY, {
      nik: NIK,
      nama: 'Siti Aminah',
      statusKawin: 'cerai-hidup',
    });
    try {
      validateKeluarga(k, DAY);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImpInputError);
      const text = JSON.stringify((error as ImpInputError).issues);
      expect(`${(error as Error).message}${text}`).not.toMatch(
        /3204115708900001|Siti/,
      );
    }
  });

  test.prop([keluargaArb('K-1', DAY)])('does not change its input', (k) => {
    const before = structuredClone(k);
    validateKeluarga(k, DAY);
    expect(k).toEqual(before);
  });
});

describe('safeValidateKeluarga', () => {
  it('returns the error instead of throwing it', () => {
    const result = safeValidateKeluarga({} as Keluarga, DAY);
    expect(result.success).toBe(false);
  });

  test.prop([fc.anything()])('never throws for any value', (value) => {
    expect(() => safeValidateKeluarga(value as Keluarga, DAY)).not.toThrow();
  });
});
