import { UTCDate } from '@date-fns/utc';
import { fc, test } from '@fast-check/vitest';
import { eachMonthOfInterval, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  JADWAL_BULANAN,
  KEPUTUSAN_84_2024,
  type KunjunganPemantauan,
  listBulanTanpaPemantauan,
  listBulanTanpaRapatKoordinasi,
  PELAKSANA_PEMANTAUAN,
  type PelaksanaPemantauan,
  PelaksanaPemantauanSchema,
  type Periode,
  safeListBulanTanpaPemantauan,
  safeListBulanTanpaRapatKoordinasi,
} from '../../src/index.js';
import { issuesOf } from '../support/issues.js';
import { KLAUSUL } from '../support/klausul.js';
import { shiftDays, tanggalArb } from '../support/tanggal.js';

const periodeArb: fc.Arbitrary<Periode> = fc
  .tuple(tanggalArb(2023, 2027), tanggalArb(2023, 2027))
  .map(([a, b]) =>
    a <= b ? { mulai: a, selesai: b } : { mulai: b, selesai: a },
  );

const rapatArb = fc.array(
  tanggalArb(2022, 2028).map((tanggal) => ({ tanggal })),
  { maxLength: 40 },
);

const pelaksanaArb = fc.constantFrom(...PelaksanaPemantauanSchema.options);
const kunjunganArb = fc.array(
  fc.record({ tanggal: tanggalArb(2022, 2028), pelaksana: pelaksanaArb }),
  { maxLength: 40 },
);

const bulanOf = (tanggal: string) => tanggal.slice(0, 7);

/** The months of a period by date-fns on UTC dates: an independent oracle. */
function bulanPeriode({ mulai, selesai }: Periode): string[] {
  const utc = (t: string) => {
    const [y, m, d] = t.split('-').map(Number) as [number, number, number];
    return new UTCDate(y, m - 1, d);
  };
  return eachMonthOfInterval({ start: utc(mulai), end: utc(selesai) }).map(
    (d) => format(d, 'yyyy-MM'),
  );
}

const inside = ({ mulai, selesai }: Periode, tanggal: string) =>
  mulai <= tanggal && tanggal <= selesai;

describe('listBulanTanpaRapatKoordinasi', () => {
  test.prop([periodeArb, rapatArb])(
    'lists exactly the months of the period without a meeting in them',
    (periode, rapat) => {
      const held = new Set(
        rapat
          .filter((r) => inside(periode, r.tanggal))
          .map((r) => bulanOf(r.tanggal)),
      );
      const result = listBulanTanpaRapatKoordinasi(periode, rapat);
      const months = bulanPeriode(periode);
      expect(result.bulanTanpa).toEqual(months.filter((b) => !held.has(b)));
      expect(result.jumlahBulan).toBe(months.length);
      expect(result.lengkap).toBe(result.bulanTanpa.length === 0);
    },
  );

  test.prop([periodeArb, rapatArb])(
    'never lists a month that holds a meeting inside the period',
    (periode, rapat) => {
      const { bulanTanpa } = listBulanTanpaRapatKoordinasi(periode, rapat);
      for (const r of rapat.filter((x) => inside(periode, x.tanggal))) {
        expect(bulanTanpa).not.toContain(bulanOf(r.tanggal));
      }
    },
  );

  test.prop([periodeArb, rapatArb, tanggalArb(2022, 2028)])(
    'never adds a missing month when a meeting is added',
    (periode, rapat, extra) => {
      const before = listBulanTanpaRapatKoordinasi(periode, rapat).bulanTanpa;
      const after = listBulanTanpaRapatKoordinasi(periode, [
        ...rapat,
        { tanggal: extra },
      ]).bulanTanpa;
      expect(before).toEqual(expect.arrayContaining([...after]));
      expect(after.length).toBeLessThanOrEqual(before.length);
    },
  );

  test.prop([periodeArb])(
    'lists every month of the period when no meeting was held',
    (periode) => {
      const result = listBulanTanpaRapatKoordinasi(periode, []);
      expect(result.bulanTanpa).toEqual(bulanPeriode(periode));
      expect(result.lengkap).toBe(false);
    },
  );

  it.each([
    ['the first day of the month', '2025-02-01', []],
    ['the last day of the month', '2025-02-28', []],
    ['the last day of the month before', '2025-01-31', ['2025-02']],
    ['the first day of the month after', '2025-03-01', ['2025-02']],
  ])('with a meeting on %s (%s) returns %j', (_case, tanggal, expected) => {
    const periode = { mulai: '2025-02-01', selesai: '2025-02-28' };
    const result = listBulanTanpaRapatKoordinasi(periode, [{ tanggal }]);
    expect(result.bulanTanpa).toEqual(expected);
  });

  it('counts a month the period touches by its days inside', () => {
    const periode = { mulai: '2024-12-31', selesai: '2025-01-01' };
    const rapat = (...days: string[]) => days.map((tanggal) => ({ tanggal }));
    expect(
      listBulanTanpaRapatKoordinasi(periode, rapat('2024-12-31')).bulanTanpa,
    ).toEqual(['2025-01']);
    expect(
      listBulanTanpaRapatKoordinasi(periode, rapat('2024-12-30', '2025-01-02'))
        .bulanTanpa,
    ).toEqual(['2024-12', '2025-01']);
    expect(
      listBulanTanpaRapatKoordinasi(periode, rapat('2025-01-01', '2024-12-31')),
    ).toMatchObject({ lengkap: true, bulanTanpa: [], jumlahBulan: 2 });
  });

  it('returns the months across a year end, oldest first', () => {
    const result = listBulanTanpaRapatKoordinasi(
      { mulai: '2024-11-15', selesai: '2025-02-15' },
      [{ tanggal: '2025-01-10' }, { tanggal: '2024-11-15' }],
    );
    expect(result.bulanTanpa).toEqual(['2024-12', '2025-02']);
    expect(result.jumlahBulan).toBe(4);
  });

  it('cites the Ketua duty to meet at least once a month', () => {
    const result = listBulanTanpaRapatKoordinasi(
      { mulai: '2025-01-01', selesai: '2025-01-31' },
      [],
    );
    expect(result.kewajiban).toBe('rapat-koordinasi-bulanan');
    expect(result.citation).toEqual({
      instrument: KEPUTUSAN_84_2024.nama,
      ref: 'Lampiran BAB III huruf C angka 3 huruf a angka 2)',
    });
  });

  test.prop([periodeArb, rapatArb])(
    'does not change its input and returns a frozen result',
    (periode, rapat) => {
      const before = structuredClone([periode, rapat]);
      const result = listBulanTanpaRapatKoordinasi(periode, rapat);
      expect([periode, rapat]).toEqual(before);
      expect(Object.isFrozen(result)).toBe(true);
      expect(Object.isFrozen(result.bulanTanpa)).toBe(true);
    },
  );

  it('refuses a bad day, a record without one and a reversed period', () => {
    expect(
      issuesOf(() =>
        listBulanTanpaRapatKoordinasi(
          { mulai: '2025-03-01', selesai: '2025-01-31' },
          [{ tanggal: '2025-02-29' }, {} as never, { tanggal: '2025-2-01' }],
        ),
      ),
    ).toEqual([
      { code: 'invalid_date', path: ['rapat', 0, 'tanggal'] },
      { code: 'required', path: ['rapat', 1, 'tanggal'] },
      { code: 'invalid_date', path: ['rapat', 2, 'tanggal'] },
      { code: 'out_of_range', path: ['periode', 'selesai'] },
    ]);
  });

  it('refuses a period and records of the wrong kind', () => {
    expect(
      issuesOf(() =>
        listBulanTanpaRapatKoordinasi(
          { mulai: '2025-01-01' } as never,
          'rapat' as never,
        ),
      ),
    ).toEqual([
      { code: 'required', path: ['periode', 'selesai'] },
      { code: 'invalid_type', path: ['rapat'] },
    ]);
  });
});

describe('safeListBulanTanpaRapatKoordinasi', () => {
  it('returns the result, or the input error instead of throwing it', () => {
    const periode = { mulai: '2025-01-01', selesai: '2025-01-31' };
    const ok = safeListBulanTanpaRapatKoordinasi(periode, []);
    expect(ok.success ? ok.data.bulanTanpa : null).toEqual(['2025-01']);
    const bad = safeListBulanTanpaRapatKoordinasi(periode, [
      { tanggal: '2025-01-32' },
    ]);
    expect(bad.success ? null : bad.error.issues[0]?.code).toBe('invalid_date');
  });
});

describe('listBulanTanpaPemantauan', () => {
  test.prop([periodeArb, kunjunganArb])(
    'lists exactly the months of the period without a visit in them',
    (periode, kunjungan) => {
      const visited = new Set(
        kunjungan
          .filter((k) => inside(periode, k.tanggal))
          .map((k) => bulanOf(k.tanggal)),
      );
      const result = listBulanTanpaPemantauan(periode, kunjungan);
      expect(result.bulanTanpa).toEqual(
        bulanPeriode(periode).filter((b) => !visited.has(b)),
      );
    },
  );

  test.prop([
    periodeArb,
    kunjunganArb,
    fc.subarray([...PelaksanaPemantauanSchema.options], { minLength: 1 }),
  ])(
    'counts only the visits of the actors asked for',
    (periode, kunjungan, pelaksana) => {
      const counted = kunjungan.filter((k) => pelaksana.includes(k.pelaksana));
      expect(
        listBulanTanpaPemantauan(periode, kunjungan, { pelaksana }),
      ).toEqual(listBulanTanpaPemantauan(periode, counted));
    },
  );

  test.prop([periodeArb, kunjunganArb, tanggalArb(2022, 2028), pelaksanaArb])(
    'never adds a missing month when a visit is added',
    (periode, kunjungan, tanggal, pelaksana) => {
      const before = listBulanTanpaPemantauan(periode, kunjungan).bulanTanpa;
      const after = listBulanTanpaPemantauan(periode, [
        { tanggal, pelaksana },
        ...kunjungan,
      ]).bulanTanpa;
      expect(before).toEqual(expect.arrayContaining([...after]));
    },
  );

  it('counts a visit on the first and on the last day of the period', () => {
    const periode = { mulai: '2024-12-01', selesai: '2025-01-31' };
    const visit = (tanggal: string): KunjunganPemantauan => ({
      tanggal,
      pelaksana: 'penyuluh-kb-plkb',
    });
    expect(
      listBulanTanpaPemantauan(periode, [
        visit('2024-12-01'),
        visit('2025-01-31'),
      ]),
    ).toMatchObject({ lengkap: true, bulanTanpa: [], jumlahBulan: 2 });
    expect(
      listBulanTanpaPemantauan(periode, [
        visit(shiftDays('2024-12-01', -1)),
        visit(shiftDays('2025-01-31', 1)),
      ]).bulanTanpa,
    ).toEqual(['2024-12', '2025-01']);
  });

  it('lists a month whose only visit is by an actor not asked for', () => {
    const result = listBulanTanpaPemantauan(
      { mulai: '2025-01-01', selesai: '2025-02-28' },
      [
        { tanggal: '2025-01-05', pelaksana: 'bkkbn' },
        { tanggal: '2025-02-05', pelaksana: 'koordinator-kb-kecamatan' },
      ],
      { pelaksana: ['koordinator-kb-kecamatan'] },
    );
    expect(result.bulanTanpa).toEqual(['2025-01']);
  });

  it('cites the monthly monitoring of BAB IV (Pemantauan dan Evaluasi)', () => {
    const result = listBulanTanpaPemantauan(
      { mulai: '2025-01-01', selesai: '2025-01-31' },
      [],
    );
    expect(result.kewajiban).toBe('pemantauan-bulanan');
    expect(result.citation.ref).toBe(
      'Lampiran BAB IV (Pemantauan dan Evaluasi) huruf C angka 3',
    );
  });

  test.prop([periodeArb, kunjunganArb])(
    'does not change its input',
    (periode, kunjungan) => {
      const options = { pelaksana: ['bkkbn' as PelaksanaPemantauan] };
      const before = structuredClone([periode, kunjungan, options]);
      listBulanTanpaPemantauan(periode, kunjungan, options);
      expect([periode, kunjungan, options]).toEqual(before);
    },
  );

  it('refuses an unknown actor, a visit without one and a bad option', () => {
    const periode = { mulai: '2025-01-01', selesai: '2025-01-31' };
    const kunjungan = [
      { tanggal: '2025-01-05', pelaksana: 'mitra-kerja' },
      { tanggal: '2025-01-06' },
    ] as never;
    expect(
      issuesOf(() =>
        listBulanTanpaPemantauan(periode, kunjungan, { semua: true } as never),
      ),
    ).toEqual([
      { code: 'invalid_value', path: ['kunjungan', 0, 'pelaksana'] },
      { code: 'invalid_value', path: ['kunjungan', 1, 'pelaksana'] },
      { code: 'unrecognized_key', path: ['options', 'semua'] },
    ]);
  });

  it('refuses an empty list of actors to count', () => {
    expect(
      issuesOf(() =>
        listBulanTanpaPemantauan(
          { mulai: '2025-01-01', selesai: '2025-01-31' },
          [],
          { pelaksana: [] },
        ),
      ),
    ).toEqual([{ code: 'out_of_range', path: ['options', 'pelaksana'] }]);
  });
});

describe('safeListBulanTanpaPemantauan', () => {
  it('returns the error of a reversed period instead of throwing', () => {
    const result = safeListBulanTanpaPemantauan(
      { mulai: '2025-02-01', selesai: '2025-01-01' },
      [],
    );
    expect(result.success ? null : result.error.issues).toMatchObject([
      { code: 'out_of_range', path: ['periode', 'selesai'] },
    ]);
  });
});

describe('PELAKSANA_PEMANTAUAN', () => {
  it('lists every actor once, in the printed order', () => {
    expect(PELAKSANA_PEMANTAUAN.map((e) => e.id)).toEqual(
      PelaksanaPemantauanSchema.options,
    );
    expect(PELAKSANA_PEMANTAUAN.map((e) => e.citation.ref.slice(-1))).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'e',
    ]);
  });

  it.each([
    ...PELAKSANA_PEMANTAUAN.map((e) => [e.id, e.citation.ref]),
    ...Object.values(JADWAL_BULANAN).map((e) => [e.id, e.citation.ref]),
  ])('cites for %s a clause the decree prints: %s', (_id, ref) => {
    expect(KLAUSUL).toContain(ref);
  });

  it('labels each actor in both languages and is frozen', () => {
    for (const e of PELAKSANA_PEMANTAUAN) {
      expect(e.label.id).not.toBe(e.label.en);
      expect(e.citation.instrument).toBe(KEPUTUSAN_84_2024.nama);
    }
    expect(Object.isFrozen(PELAKSANA_PEMANTAUAN)).toBe(true);
    expect(Object.isFrozen(JADWAL_BULANAN.pemantauan.label)).toBe(true);
  });
});
