import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  BATAS_AWAL_TAHUN,
  checkProgramTahunan,
  IdTemuanProgramTahunanSchema,
  KEPUTUSAN_84_2024,
  type ProgramTahunan,
  ProgramTahunanSchema,
  safeCheckProgramTahunan,
  TEMUAN_PROGRAM_TAHUNAN,
} from '../../src/index.js';
import { issuesOf } from '../support/issues.js';
import { KLAUSUL } from '../support/klausul.js';
import { BAGIAN_WAJIB, programLengkapArb } from '../support/program-tahunan.js';

/** A complete programme for 2025, written out for the examples. */
const LENGKAP: ProgramTahunan = {
  kodeDesa: '32.04.11.2001',
  tahun: 2025,
  kondisiSaatIni: 'Peserta KB aktif 60 persen dari PUS.',
  kondisiInginDicapai: 'Peserta KB aktif 70 persen dari PUS.',
  strategi: {
    penggerakan: 'Kunjungan rumah oleh kader RW.',
    pelayanan: 'Pelayanan KB keliling setiap triwulan.',
  },
  jadwal: [
    { nama: 'Pendataan', pelaksana: 'Bidang data', waktu: '2025-01' },
    { nama: 'Sarasehan', pelaksana: 'PLKB', waktu: '2025-12-31' },
  ],
  penyusun: [{ unsur: 'plkb' }, { unsur: 'imp' }],
  diketahui: { unsur: 'kepala-desa-lurah', tanggal: '2024-12-20' },
  tahunRkp: 2025,
  rakorAwalTahun: {
    tanggal: '2025-02-10',
    peserta: [
      { unsur: 'perangkat-desa-kelurahan' },
      { unsur: 'penyuluh-kb' },
      { unsur: 'tokoh-masyarakat' },
    ],
  },
};

const ids = (p: ProgramTahunan, options = {}) =>
  checkProgramTahunan(p, options).temuan.map((t) => t.id);

const rakorPada = (tanggal: string): ProgramTahunan => ({
  ...LENGKAP,
  rakorAwalTahun: { ...LENGKAP.rakorAwalTahun, tanggal },
});

describe('checkProgramTahunan', () => {
  test.prop([programLengkapArb])(
    'returns no finding for every complete programme',
    (p) => {
      expect(checkProgramTahunan(p)).toEqual({ lengkap: true, temuan: [] });
    },
  );

  test.prop([programLengkapArb, fc.constantFrom(...BAGIAN_WAJIB)])(
    'returns exactly the finding of a required part that is removed',
    (p, [id, remove]) => {
      const { lengkap, temuan } = checkProgramTahunan(remove(p));
      expect(lengkap).toBe(false);
      expect(temuan.map((t) => t.id)).toEqual([id]);
    },
  );

  test.prop([programLengkapArb, fc.subarray([...BAGIAN_WAJIB])])(
    'returns one finding per removed part, in the order of the clauses',
    (p, removed) => {
      const program = removed.reduce((q, [, remove]) => remove(q), p);
      const expected = removed.map(([id]) => id);
      // Without a schedule or a meeting, their parts cannot miss anything.
      const hidden = (id: string) =>
        (expected.includes('jadwal-kosong') && id.startsWith('kegiatan-')) ||
        (expected.includes('rakor-kosong') && id.startsWith('rakor-tanpa-'));
      const shown = expected.filter((id) => !hidden(id));
      expect(ids(program)).toEqual(shown);
    },
  );

  it('returns every finding with its clause for a bare programme', () => {
    const { temuan } = checkProgramTahunan({
      kodeDesa: '32.04.11.2001',
      tahun: 2025,
    });
    expect(temuan.map((t) => [t.id, t.citation.ref])).toEqual([
      ['kondisi-saat-ini-kosong', 'Lampiran BAB II huruf B angka 1 huruf a'],
      [
        'kondisi-ingin-dicapai-kosong',
        'Lampiran BAB II huruf B angka 1 huruf b',
      ],
      [
        'strategi-penggerakan-kosong',
        'Lampiran BAB II huruf B angka 1 huruf c',
      ],
      ['strategi-pelayanan-kosong', 'Lampiran BAB II huruf B angka 1 huruf c'],
      ['jadwal-kosong', 'Lampiran BAB II huruf B angka 1 huruf d'],
      ['penyusun-tanpa-penyuluh-kb', 'Lampiran BAB II huruf B angka 1'],
      ['penyusun-tanpa-imp', 'Lampiran BAB II huruf B angka 1'],
      ['belum-diketahui', 'Lampiran BAB II huruf B angka 1'],
      ['rkp-kosong', 'Lampiran BAB II huruf B angka 1'],
      ['rakor-kosong', 'Lampiran BAB II huruf B angka 4'],
    ]);
  });

  it('returns the catalogue entry of each finding, with no other key', () => {
    for (const t of checkProgramTahunan({ kodeDesa: '11.01.01.2001', tahun: 1 })
      .temuan) {
      const entri = TEMUAN_PROGRAM_TAHUNAN.find((e) => e.id === t.id);
      expect(t).toEqual(entri);
      expect('indeks' in t).toBe(false);
    }
  });

  it('treats a blank text as a missing part', () => {
    expect(ids({ ...LENGKAP, kondisiSaatIni: ' \n\t' })).toEqual([
      'kondisi-saat-ini-kosong',
    ]);
  });

  it('names each activity by its index in the schedule', () => {
    const jadwal = [
      { nama: 'Pendataan', pelaksana: 'PLKB', waktu: '2025-03' },
      { nama: 'Sarasehan', pelaksana: '' },
      { nama: 'Penyuluhan', waktu: '2026-01-01' },
    ];
    const { temuan } = checkProgramTahunan({ ...LENGKAP, jadwal });
    expect(temuan.map((t) => [t.id, t.indeks])).toEqual([
      ['kegiatan-tanpa-pelaksana', 1],
      ['kegiatan-tanpa-waktu', 1],
      ['kegiatan-tanpa-pelaksana', 2],
      ['kegiatan-di-luar-tahun', 2],
    ]);
  });

  it.each([
    ['2024-12-31', ['kegiatan-di-luar-tahun']],
    ['2025-01-01', []],
    ['2024-12', ['kegiatan-di-luar-tahun']],
    ['2025-01', []],
    ['2025-12', []],
    ['2025-12-31', []],
    ['2026-01', ['kegiatan-di-luar-tahun']],
    ['2026-01-01', ['kegiatan-di-luar-tahun']],
  ])('with an activity on %s returns %j', (waktu, expected) => {
    const jadwal = [{ nama: 'Pendataan', pelaksana: 'PLKB', waktu }];
    expect(ids({ ...LENGKAP, jadwal })).toEqual(expected);
  });

  it('accepts a Penyuluh KB or a PLKB as drafter, either one', () => {
    for (const unsur of ['penyuluh-kb', 'plkb'] as const) {
      expect(
        ids({ ...LENGKAP, penyusun: [{ unsur }, { unsur: 'imp' }] }),
      ).toEqual([]);
    }
    expect(
      ids({ ...LENGKAP, penyusun: [{ unsur: 'kepala-desa-lurah' }] }),
    ).toEqual(['penyusun-tanpa-penyuluh-kb', 'penyusun-tanpa-imp']);
  });

  it('reports an acknowledgement by someone other than the Kepala Desa', () => {
    const diketahui = {
      unsur: 'perangkat-desa-kelurahan',
      tanggal: '2025-01-02',
    };
    expect(ids({ ...LENGKAP, diketahui } as ProgramTahunan)).toEqual([
      'diketahui-bukan-kepala-desa',
    ]);
  });

  it.each([
    [2024, ['rkp-tahun-berbeda']],
    [2025, []],
    [2026, ['rkp-tahun-berbeda']],
  ])('with the RKP of %i for a 2025 programme returns %j', (tahunRkp, r) => {
    expect(ids({ ...LENGKAP, tahunRkp })).toEqual(r);
  });

  it.each([
    ['2024-12-31', ['rakor-bukan-awal-tahun']],
    ['2025-01-01', []],
    ['2025-03-31', []],
    ['2025-04-01', ['rakor-bukan-awal-tahun']],
    ['2026-01-15', ['rakor-bukan-awal-tahun']],
  ])('with the default reading and a meeting on %s returns %j', (t, r) => {
    expect(ids(rakorPada(t))).toEqual(r);
  });

  it.each([1, 2, 6, 11])(
    'with awal tahun up to month %i accepts that month, not the next',
    (n) => {
      const day = (m: number) => `2025-${String(m).padStart(2, '0')}-15`;
      const opts = { awalTahunSampaiBulan: n };
      expect(ids(rakorPada(day(n - 1 || 1)), opts)).toEqual([]);
      expect(ids(rakorPada(day(n)), opts)).toEqual([]);
      expect(ids(rakorPada(day(n + 1)), opts)).toEqual([
        'rakor-bukan-awal-tahun',
      ]);
    },
  );

  it('with awal tahun up to December accepts any day of the year only', () => {
    const opts = { awalTahunSampaiBulan: 12 };
    expect(ids(rakorPada('2025-12-31'), opts)).toEqual([]);
    expect(ids(rakorPada('2026-01-01'), opts)).toEqual([
      'rakor-bukan-awal-tahun',
    ]);
  });

  it('uses the first quarter when no option is given', () => {
    const bulan = BATAS_AWAL_TAHUN.sampaiBulan;
    expect(bulan).toBe(3);
    expect(BATAS_AWAL_TAHUN.citation.ref).toBe(
      'Lampiran BAB II huruf B angka 4',
    );
    expect(ids(rakorPada('2025-03-31'), {})).toEqual(
      ids(rakorPada('2025-03-31'), { awalTahunSampaiBulan: bulan }),
    );
    expect(ids(rakorPada('2025-04-01'), undefined)).toEqual([
      'rakor-bukan-awal-tahun',
    ]);
  });

  it('reports every group missing from the meeting at once', () => {
    const program = { ...LENGKAP, rakorAwalTahun: { tanggal: '2025-06-01' } };
    expect(ids(program)).toEqual([
      'rakor-bukan-awal-tahun',
      'rakor-tanpa-pemerintah-desa',
      'rakor-tanpa-pengelola-program',
      'rakor-tanpa-tokoh-masyarakat',
    ]);
  });

  test.prop([programLengkapArb])('does not change its input', (p) => {
    const before = structuredClone(p);
    checkProgramTahunan(p);
    expect(p).toEqual(before);
  });

  it('returns a deeply frozen result', () => {
    const result = checkProgramTahunan({
      kodeDesa: '32.04.11.2001',
      tahun: 2025,
    });
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.temuan)).toBe(true);
    expect(Object.isFrozen(result.temuan[0]?.label)).toBe(true);
  });

  it('refuses a bad desa code, year, day, role and option, all at once', () => {
    const bad = {
      kodeDesa: '32.04.11',
      tahun: 2025.5,
      jadwal: [{ nama: '', waktu: '2025-13' }],
      penyusun: [{ unsur: 'camat' }],
      diketahui: { unsur: 'kepala-desa-lurah', tanggal: '2025-02-29' },
      rakorAwalTahun: { tanggal: '2025-01-10', peserta: [{}] },
    } as unknown as ProgramTahunan;
    expect(
      issuesOf(() => checkProgramTahunan(bad, { awal: 3 } as never)),
    ).toEqual([
      { code: 'invalid_input', path: ['program', 'kodeDesa'] },
      { code: 'invalid_type', path: ['program', 'tahun'] },
      { code: 'out_of_range', path: ['program', 'jadwal', 0, 'nama'] },
      { code: 'invalid_input', path: ['program', 'jadwal', 0, 'waktu'] },
      { code: 'invalid_value', path: ['program', 'penyusun', 0, 'unsur'] },
      { code: 'invalid_date', path: ['program', 'diketahui', 'tanggal'] },
      {
        code: 'invalid_value',
        path: ['program', 'rakorAwalTahun', 'peserta', 0, 'unsur'],
      },
      { code: 'unrecognized_key', path: ['options', 'awal'] },
    ]);
  });

  it.each([0, 13])('refuses awal tahun up to month %i', (n) => {
    expect(
      issuesOf(() => checkProgramTahunan(LENGKAP, { awalTahunSampaiBulan: n })),
    ).toEqual([
      { code: 'out_of_range', path: ['options', 'awalTahunSampaiBulan'] },
    ]);
  });

  it('refuses a programme without its desa or year', () => {
    expect(issuesOf(() => checkProgramTahunan({} as ProgramTahunan))).toEqual([
      { code: 'required', path: ['program', 'kodeDesa'] },
      { code: 'required', path: ['program', 'tahun'] },
    ]);
  });
});

describe('safeCheckProgramTahunan', () => {
  it('returns the result for a valid programme', () => {
    expect(safeCheckProgramTahunan(LENGKAP)).toEqual({
      success: true,
      data: { lengkap: true, temuan: [] },
    });
  });

  it('returns the input error instead of throwing it', () => {
    const result = safeCheckProgramTahunan({ ...LENGKAP, tahun: 0 });
    expect(result.success).toBe(false);
    expect(
      result.success ? [] : result.error.issues.map((i) => i.path),
    ).toEqual([['program', 'tahun']]);
  });
});

describe('TEMUAN_PROGRAM_TAHUNAN', () => {
  it('lists every finding id once, in the order of the id schema', () => {
    expect(TEMUAN_PROGRAM_TAHUNAN.map((e) => e.id)).toEqual(
      IdTemuanProgramTahunanSchema.options,
    );
  });

  it.each(TEMUAN_PROGRAM_TAHUNAN.map((e) => [e.id, e.citation.ref]))(
    'cites for %s a clause the decree prints: %s',
    (_id, ref) => {
      expect(KLAUSUL).toContain(ref);
    },
  );

  it('cites the decree and labels each entry in both languages', () => {
    for (const e of TEMUAN_PROGRAM_TAHUNAN) {
      expect(e.citation.instrument).toBe(KEPUTUSAN_84_2024.nama);
      expect(e.label.id).not.toBe(e.label.en);
      expect(e.label.en.trim()).not.toBe('');
    }
    expect(Object.isFrozen(TEMUAN_PROGRAM_TAHUNAN[0]?.citation)).toBe(true);
  });
});

describe('ProgramTahunanSchema', () => {
  it('reads a month or a day, and refuses a day that does not exist', () => {
    const jadwal = (waktu: string) => ({
      kodeDesa: '32.04.11.2001',
      tahun: 2024,
      jadwal: [{ nama: 'Pendataan', waktu }],
    });
    expect(ProgramTahunanSchema.safeParse(jadwal('2024-02')).success).toBe(
      true,
    );
    expect(ProgramTahunanSchema.safeParse(jadwal('2024-02-29')).success).toBe(
      true,
    );
    expect(ProgramTahunanSchema.safeParse(jadwal('2023-02-29')).success).toBe(
      false,
    );
    expect(ProgramTahunanSchema.safeParse(jadwal('2024-00')).success).toBe(
      false,
    );
  });
});
