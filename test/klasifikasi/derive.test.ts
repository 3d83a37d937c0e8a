import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  classifyImp,
  classifyImpFromRecords,
  derivePengorganisasian,
  derivePertemuan,
  derivePoktan,
  listBulanTanpaCatatan,
} from '../../src/index.js';
import { issuesOf } from '../support/issues.js';
import { tanggalArb } from '../support/tanggal.js';

const Q1 = { mulai: '2025-01-01', selesai: '2025-03-31' };

describe('listBulanTanpaCatatan', () => {
  it('returns the months of a period, across a year end, without a record', () => {
    expect(
      listBulanTanpaCatatan({ mulai: '2024-11-20', selesai: '2025-02-03' }, [
        '2024-12-31',
        '2025-02-03',
      ]),
    ).toEqual(['2024-11', '2025-01']);
  });

  it('ignores days outside the period, even in its first month', () => {
    expect(
      listBulanTanpaCatatan({ mulai: '2025-01-20', selesai: '2025-01-31' }, [
        '2025-01-05',
      ]),
    ).toEqual(['2025-01']);
  });

  test.prop([tanggalArb(1990, 2060), tanggalArb(1990, 2060)])(
    'lists every month of the period when there is no record',
    (a, b) => {
      const [mulai, selesai] = a <= b ? [a, b] : [b, a];
      const months = listBulanTanpaCatatan({ mulai, selesai }, []);
      expect(months[0]).toBe(mulai.slice(0, 7));
      expect(months.at(-1)).toBe(selesai.slice(0, 7));
      const [y1, m1] = mulai.split('-').map(Number) as [number, number];
      const [y2, m2] = selesai.split('-').map(Number) as [number, number];
      expect(months.length).toBe((y2 - y1) * 12 + m2 - m1 + 1);
      expect([...months].sort()).toEqual(months);
    },
  );

  test.prop([tanggalArb(2000, 2030), fc.array(tanggalArb(2000, 2030))])(
    'never lists a month that has a record inside the period',
    (selesai, days) => {
      const periode = { mulai: '2000-01-01', selesai };
      const months = listBulanTanpaCatatan(periode, days);
      for (const day of days.filter((d) => d <= selesai)) {
        expect(months).not.toContain(day.slice(0, 7));
      }
    },
  );

  it('refuses a period that ends before it starts', () => {
    expect(
      issuesOf(() =>
        listBulanTanpaCatatan(
          { mulai: '2025-02-01', selesai: '2025-01-31' },
          [],
        ),
      ),
    ).toEqual([{ code: 'out_of_range', path: ['periode', 'selesai'] }]);
  });
});

describe('derivePertemuan', () => {
  const imp = (tanggal: string, notulen = true) => ({
    tanggal,
    tingkat: 'imp' as const,
    notulen,
  });

  it('returns tidak-ada when no meeting falls in the period', () => {
    const r = derivePertemuan({
      periode: Q1,
      rencanaKerja: true,
      pertemuan: [imp('2024-12-31')],
    });
    expect(r.pertemuan).toEqual({
      pelaksanaan: 'tidak-ada',
      rencanaKerja: true,
      notulen: false,
      berjenjang: false,
    });
    expect(r.bulanTanpaPertemuan).toEqual(['2025-01', '2025-02', '2025-03']);
  });

  it('returns tidak-berkala when one month of the period has no meeting', () => {
    const r = derivePertemuan({
      periode: Q1,
      rencanaKerja: false,
      pertemuan: [imp('2025-01-02'), imp('2025-03-31')],
    });
    expect(r.pertemuan.pelaksanaan).toBe('tidak-berkala');
    expect(r.bulanTanpaPertemuan).toEqual(['2025-02']);
  });

  it('returns rutin-bulanan, with minutes, when every month has a meeting', () => {
    const r = derivePertemuan({
      periode: Q1,
      rencanaKerja: true,
      pertemuan: [imp('2025-01-02'), imp('2025-02-28'), imp('2025-03-01')],
    });
    expect(r.pertemuan.pelaksanaan).toBe('rutin-bulanan');
    expect(r.pertemuan.notulen).toBe(true);
    expect(r.pertemuan.berjenjang).toBe(false);
  });

  it('returns notulen false when one meeting lacks minutes', () => {
    const r = derivePertemuan({
      periode: Q1,
      rencanaKerja: true,
      pertemuan: [imp('2025-01-02'), imp('2025-02-02', false)],
    });
    expect(r.pertemuan.notulen).toBe(false);
  });

  it('returns berjenjang when meetings are held at two tiers', () => {
    const r = derivePertemuan({
      periode: Q1,
      rencanaKerja: true,
      pertemuan: [
        imp('2025-01-02'),
        { tanggal: '2025-01-09', tingkat: 'kelompok-kb' },
      ],
    });
    expect(r.pertemuan.berjenjang).toBe(true);
  });

  it('refuses a bad tier by its path', () => {
    expect(
      issuesOf(() =>
        derivePertemuan({
          periode: Q1,
          rencanaKerja: true,
          pertemuan: [{ tanggal: '2025-01-01', tingkat: 'rw' as never }],
        }),
      ),
    ).toEqual([
      { code: 'invalid_value', path: ['catatan', 'pertemuan', 0, 'tingkat'] },
    ]);
  });

  it('refuses a period that ends before it starts', () => {
    expect(
      issuesOf(() =>
        derivePertemuan({
          periode: { mulai: '2025-03-01', selesai: '2025-01-01' },
          rencanaKerja: true,
          pertemuan: [],
        }),
      ),
    ).toEqual([
      { code: 'out_of_range', path: ['catatan', 'periode', 'selesai'] },
    ]);
  });

  it('does not change its input', () => {
    const catatan = {
      periode: Q1,
      rencanaKerja: true,
      pertemuan: [{ tanggal: '2025-01-02', tingkat: 'imp' as const }],
    };
    const before = structuredClone(catatan);
    derivePertemuan(catatan);
    expect(catatan).toEqual(before);
  });
});

describe('derivePengorganisasian', () => {
  it('returns nothing in place for an empty roster', () => {
    expect(derivePengorganisasian({})).toEqual({
      kepengurusan: false,
      pembagianTugas: 'tidak-ada',
      bidang: false,
    });
  });

  it('returns jelas and bidang when a full board has written tasks', () => {
    const p = (nama: string) => ({ nama, tugas: ['tugas'] });
    expect(
      derivePengorganisasian({
        ketua: p('A'),
        sekretaris: p('B'),
        bendahara: p('C'),
        bidang: { data: p('D'), kiePenggerakan: p('E'), pelayanan: p('F') },
      }),
    ).toEqual({ kepengurusan: true, pembagianTugas: 'jelas', bidang: true });
  });

  it('returns a board for a single leader, whose tasks are then clear', () => {
    expect(
      derivePengorganisasian({ ketua: { nama: 'A', tugas: ['koordinasi'] } }),
    ).toEqual({ kepengurusan: true, pembagianTugas: 'jelas', bidang: false });
  });

  it('returns no board when only a Pembina is named', () => {
    const r = derivePengorganisasian({
      pembina: [{ nama: 'A', unsur: 'plkb', tugas: ['membina'] }],
      bidang: { data: { nama: 'B' } },
    });
    expect(r).toEqual({
      kepengurusan: false,
      pembagianTugas: 'tidak-ada',
      bidang: false,
    });
  });

  it('refuses a roster that is not an object', () => {
    expect(issuesOf(() => derivePengorganisasian('x' as never))).toEqual([
      { code: 'invalid_type', path: ['kepengurusan'] },
    ]);
  });
});

describe('derivePoktan', () => {
  it('returns each active bina keluarga kind once, in a fixed order', () => {
    expect(
      derivePoktan([
        { jenis: 'pik-remaja', aktif: true },
        { jenis: 'bkb', aktif: true },
        { jenis: 'bkb', aktif: true },
        { jenis: 'kelompok-kb', aktif: true },
        { jenis: 'uppka', aktif: false },
      ]),
    ).toEqual({ binaKeluarga: ['bkb', 'pik-remaja'], uppka: false });
  });
});

describe('classifyImpFromRecords', () => {
  const records = {
    kepengurusan: { ketua: { nama: 'A', tugas: ['x'] } },
    pertemuan: { periode: Q1, rencanaKerja: false, pertemuan: [] },
    poktan: [{ jenis: 'bkr' as const, aktif: true }],
    advokasiKie: { kie: true, kipk: false },
    pencatatan: { cara: 'sederhana' as const },
    pelayanan: { pembinaanPesertaKbAktif: true, rujukan: true },
    kemandirian: { upaya: ['pendanaan-kelompok' as const] },
  };

  it('returns what classifyImp gives for the derived penilaian', () => {
    const r = classifyImpFromRecords(records, { dasar: 'lengkap' });
    const direct = classifyImp(r.penilaian, { dasar: 'lengkap' });
    expect(r.klasifikasi).toBe(direct.klasifikasi);
    expect(r.klasifikasi).toBeNull();
    expect(r.kurang.map((k) => k.id)).toEqual(['pertemuan.pelaksanaan']);
    expect(r.bulanTanpaPertemuan).toHaveLength(3);
  });

  it('refuses a reversed period by its full path', () => {
    const bad = {
      ...records,
      pertemuan: {
        ...records.pertemuan,
        periode: { mulai: '2025-02-01', selesai: '2025-01-01' },
      },
    };
    expect(issuesOf(() => classifyImpFromRecords(bad))).toEqual([
      {
        code: 'out_of_range',
        path: ['catatan', 'pertemuan', 'periode', 'selesai'],
      },
    ]);
  });
});
