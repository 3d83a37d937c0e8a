import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  advancePembentukan,
  type LangkahDiambil,
  LangkahPembentukanSchema,
  type Pembentukan,
} from '../src/index.js';
import { issuesOf } from './support/issues.js';
import { shiftDays, tanggalArb } from './support/tanggal.js';

const PELAKU = {
  'sosialisasi-koordinasi': 'penyuluh-kb',
  'penyiapan-sdm': 'lainnya',
  penetapan: 'kepala-desa',
  pengukuhan: 'lurah',
} as const;

/** The steps in order, one day apart from `mulai`. */
function jalur(mulai: string, n: number): LangkahDiambil[] {
  return LangkahPembentukanSchema.options.slice(0, n).map((langkah, i) => ({
    langkah,
    tanggal: shiftDays(mulai, i),
    pelaku: PELAKU[langkah],
  }));
}

function jalankan(langkah: LangkahDiambil[]): Pembentukan {
  return langkah.reduce<Pembentukan>(
    (state, step) => {
      const result = advancePembentukan(state, step);
      if (!result.diterima) throw new Error('refused');
      return result.pembentukan;
    },
    { riwayat: [] },
  );
}

const idsOf = (state: Pembentukan, step: LangkahDiambil) => {
  const result = advancePembentukan(state, step);
  return result.diterima ? [] : result.alasan.map((a) => a.id);
};

describe('advancePembentukan', () => {
  test.prop([tanggalArb(2024, 2030), fc.integer({ min: 1, max: 4 })])(
    'accepts the steps in order and records each with its day and actor',
    (mulai, n) => {
      const steps = jalur(mulai, n);
      expect(jalankan(steps).riwayat).toEqual(steps);
    },
  );

  test.prop([tanggalArb(2024, 2030), fc.integer({ min: 0, max: 3 })])(
    'refuses a step that skips or repeats one, keeping the state',
    (mulai, n) => {
      const state = jalankan(jalur(mulai, n));
      const all = jalur(mulai, 4);
      for (const [i, step] of all.entries()) {
        if (i === n) continue;
        const later = { ...step, tanggal: shiftDays(mulai, 10) };
        const result = advancePembentukan(state, later);
        expect(result.diterima).toBe(false);
        expect(result.pembentukan).toEqual(state);
        expect(idsOf(state, later)).toEqual(['urutan-salah']);
      }
    },
  );

  it('refuses a step dated before the one before it, and accepts the same day', () => {
    const state = jalankan(jalur('2025-01-10', 1));
    const step = { langkah: 'penyiapan-sdm', pelaku: 'plkb' } as const;
    expect(idsOf(state, { ...step, tanggal: '2025-01-09' })).toEqual([
      'tanggal-mundur',
    ]);
    expect(idsOf(state, { ...step, tanggal: '2025-01-10' })).toEqual([]);
  });

  it.each([
    [
      'sosialisasi-koordinasi',
      0,
      'kepala-desa',
      'Lampiran BAB III huruf D angka 1',
    ],
    ['penetapan', 2, 'plkb', 'Lampiran BAB III huruf D angka 3 huruf b'],
    [
      'pengukuhan',
      3,
      'penyuluh-kb',
      'Lampiran BAB III huruf D angka 3 huruf c',
    ],
  ] as const)(
    'refuses %s by a party the decree does not name',
    (langkah, n, pelaku, ref) => {
      const state = jalankan(jalur('2025-01-10', n));
      const result = advancePembentukan(state, {
        langkah,
        tanggal: '2025-06-01',
        pelaku,
      });
      expect(
        result.diterima ? [] : result.alasan.map((a) => [a.id, a.citation.ref]),
      ).toEqual([['pelaku-tidak-sesuai', ref]]);
    },
  );

  it('does not change its input', () => {
    const state = { riwayat: jalur('2025-01-10', 1) };
    const before = structuredClone(state);
    advancePembentukan(state, jalur('2025-01-10', 2)[1] as LangkahDiambil);
    expect(state).toEqual(before);
  });

  it('throws listing every shape problem of both arguments', () => {
    expect(
      issuesOf(() =>
        advancePembentukan(
          { riwayat: 'x' } as never,
          {
            langkah: 'rapat',
            tanggal: '2025-02-30',
            pelaku: 'camat',
          } as never,
        ),
      ),
    ).toEqual([
      { code: 'invalid_type', path: ['pembentukan', 'riwayat'] },
      { code: 'invalid_value', path: ['langkah', 'langkah'] },
      { code: 'invalid_date', path: ['langkah', 'tanggal'] },
      { code: 'invalid_value', path: ['langkah', 'pelaku'] },
    ]);
  });
});
