import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  computeRasio,
  ID_JUMLAH,
  type ImpInputError,
  type LaporanDesa,
  mergeRollUp,
  type RollUpResult,
  rollUpLaporan,
  safeMergeRollUp,
  safeRollUpLaporan,
  type TierRollUp,
} from '../../src/index.js';
import { issuesOf } from '../support/issues.js';
import {
  BULAN,
  bacaId,
  batchLaporanArb,
  buildBatchLaporan,
  laporanKonsistenArb,
} from '../support/laporan.js';

const COUNTS = ID_JUMLAH.filter((id) => id !== 'desa');

/** Every tier of a roll-up, with the tier record it sits in. */
function tiers(r: RollUpResult): TierRollUp[] {
  return [
    r.nasional,
    ...Object.values(r.provinsi),
    ...Object.values(r.kabupatenKota),
    ...Object.values(r.kecamatan),
  ];
}

/** The desa reports that fall inside a tier. */
function dalam(tier: TierRollUp, laporan: readonly LaporanDesa[]) {
  if (tier.kode === null) return [...laporan];
  return laporan.filter((l) => l.kode.startsWith(`${tier.kode}.`));
}

// Three desa of one kecamatan, worked by hand below.
const SUKAMAJU: LaporanDesa = {
  kode: '32.04.11.2001',
  bulan: '2025-06',
  jumlah: {
    kelahiran: 8,
    perkawinan: 5,
    perkawinanSebelumnya: 4,
    pus: 100,
    pesertaKbAktif: {
      total: 60,
      metode: { iud: 10, mow: 0, mop: 0, implan: 0, suntik: 30, pil: 20 },
    },
    pesertaKbBaru: { total: 6, metode: {} },
    ppm: { total: 10, metode: {} },
    pusBukanPeserta: {
      hamil: 5,
      inginAnakSegera: 10,
      inginAnakTunda: 15,
      tidakInginAnakLagi: 10,
    },
    poktan: { terdaftar: 4, aktif: 3, melapor: 2 },
    impPertemuan: 1,
    terpaduRkpDesa: 1,
    desa: 1,
  },
};
const MEKARSARI: LaporanDesa = {
  kode: '32.04.11.2002',
  bulan: '2025-06',
  jumlah: {
    kelahiran: 4,
    perkawinan: 3,
    perkawinanSebelumnya: 6,
    pus: 50,
    pesertaKbAktif: { total: 30, metode: {} },
    pesertaKbBaru: { total: 3, metode: {} },
    ppm: { total: 5, metode: {} },
    pusBukanPeserta: {
      hamil: 2,
      inginAnakSegera: 3,
      inginAnakTunda: 10,
      tidakInginAnakLagi: 5,
    },
    poktan: { terdaftar: 2, aktif: 2, melapor: 2 },
    impPertemuan: 0,
    terpaduRkpDesa: 0,
  },
};
const CIBODAS: LaporanDesa = {
  kode: '32.04.11.2003',
  bulan: '2025-06',
  jumlah: {
    perkawinan: 2,
    perkawinanSebelumnya: 2,
    pus: 30,
    pesertaKbAktif: { total: 10, metode: {} },
    pesertaKbBaru: { total: 1, metode: {} },
    ppm: { total: 5, metode: {} },
    pusBukanPeserta: {
      hamil: 1,
      inginAnakSegera: 4,
      inginAnakTunda: 5,
      tidakInginAnakLagi: 10,
    },
    poktan: { terdaftar: 4, aktif: 1, melapor: 0 },
    impPertemuan: 1,
    terpaduRkpDesa: 1,
  },
};
const TIGA_DESA = [SUKAMAJU, MEKARSARI, CIBODAS];

describe('rollUpLaporan', () => {
  describe('for a kecamatan of three desa, worked by hand', () => {
    const hasil = rollUpLaporan(TIGA_DESA);
    const kecamatan = hasil.kecamatan['32.04.11'] as TierRollUp;

    it('adds the counts every desa reported', () => {
      expect(kecamatan.jumlah).toEqual({
        perkawinan: 10,
        perkawinanSebelumnya: 12,
        pus: 180,
        pesertaKbAktif: { total: 100, metode: {} },
        pesertaKbBaru: { total: 10, metode: {} },
        ppm: { total: 20, metode: {} },
        pusBukanPeserta: {
          hamil: 8,
          inginAnakSegera: 17,
          inginAnakTunda: 30,
          tidakInginAnakLagi: 25,
        },
        poktan: { terdaftar: 10, aktif: 6, melapor: 4 },
        impPertemuan: 2,
        terpaduRkpDesa: 2,
        desa: 3,
      });
    });

    it('leaves out births, which one desa lacks, and says so', () => {
      expect(kecamatan.kurang.kelahiran).toBe(1);
      expect(kecamatan.kurang['pesertaKbAktif.metode.iud']).toBe(2);
      expect(kecamatan.kurang['pesertaKbAktif.metode.kondom']).toBe(3);
      expect(kecamatan.kurang['ppm.metode.pil']).toBe(3);
      expect(kecamatan.kurang.pusTidakDapatDitentukan).toBe(3);
      expect(Object.keys(kecamatan.kurang)).toHaveLength(2 + 7 * 3);
    });

    it('computes each ratio from the sums, not as an average', () => {
      // PA per PUS: 100 / 180, where the desa average would be
      // (0.6 + 0.6 + 1/3) / 3 = 0.511.
      expect(kecamatan.rasio.paTerhadapPus.nilai).toBe(100 / 180);
      expect(kecamatan.rasio.unmetNeed.nilai).toBe(55 / 180);
      expect(kecamatan.rasio.pencapaianPpm.nilai).toBe(0.5);
      expect(kecamatan.rasio.trenPerkawinan).toMatchObject({
        nilai: 10 / 12,
        selisih: -2,
      });
      expect(kecamatan.rasio.poktanAktif.nilai).toBe(0.6);
      expect(kecamatan.rasio.pencapaianPpm.metode.iud.kurang).toEqual([
        'pesertaKbBaru.metode.iud',
        'ppm.metode.iud',
      ]);
    });

    it('gives the kabupaten, province and nation the same figures', () => {
      for (const tier of [
        hasil.kabupatenKota['32.04'],
        hasil.provinsi['32'],
        hasil.nasional,
      ]) {
        expect(tier?.jumlah).toEqual(kecamatan.jumlah);
        expect(tier?.kurang).toEqual(kecamatan.kurang);
      }
      expect(hasil.nasional).toMatchObject({ kode: null, tingkat: 'nasional' });
      expect(hasil.provinsi['32']).toMatchObject({ tingkat: 'provinsi' });
      expect(hasil.kabupatenKota['32.04']?.tingkat).toBe('kabupaten-kota');
      expect(kecamatan).toMatchObject({
        kode: '32.04.11',
        tingkat: 'kecamatan',
      });
    });

    it('lists the desa summed, and none left out', () => {
      expect(hasil.bulan).toBe('2025-06');
      expect(hasil.kodeDesa).toEqual([
        '32.04.11.2001',
        '32.04.11.2002',
        '32.04.11.2003',
      ]);
      expect(hasil.dilewati).toEqual([]);
    });
  });

  const shuffledArb = batchLaporanArb().chain((batch) =>
    fc.tuple(
      fc.constant(batch),
      fc.shuffledSubarray(batch, { minLength: batch.length }),
    ),
  );

  test.prop([shuffledArb])(
    'gives the same result in any order',
    ([batch, shuffled]) => {
      expect(rollUpLaporan(shuffled)).toEqual(rollUpLaporan(batch));
    },
  );

  test.prop([batchLaporanArb({ minLength: 1 })])(
    'recomputes every ratio from the summed counts of its tier',
    (batch) => {
      for (const tier of tiers(rollUpLaporan(batch))) {
        expect(tier.rasio).toEqual(computeRasio(tier.jumlah));
      }
    },
  );

  test.prop([batchLaporanArb({ minLength: 1 })])(
    'sets a tier ratio to the ratio of the sums of its parts',
    (batch) => {
      const hasil = rollUpLaporan(batch);
      for (const [kode, kabupaten] of Object.entries(hasil.kabupatenKota)) {
        const bagian = Object.values(hasil.kecamatan).filter((k) =>
          k.kode?.startsWith(`${kode}.`),
        );
        const pa = bagian.map((k) => k.jumlah.pesertaKbAktif?.total);
        const pus = bagian.map((k) => k.jumlah.pus);
        const nilai = kabupaten.rasio.paTerhadapPus.nilai;
        if ([...pa, ...pus].includes(undefined)) {
          expect(nilai).toBeNull();
          continue;
        }
        const sum = (xs: (number | undefined)[]) =>
          xs.reduce((a: number, b) => a + (b as number), 0);
        expect(nilai).toBe(sum(pus) === 0 ? null : sum(pa) / sum(pus));
      }
    },
  );

  test.prop([batchLaporanArb({ minLength: 1 })])(
    'has a count at a tier exactly when every desa under it reported it',
    (batch) => {
      for (const tier of tiers(rollUpLaporan(batch))) {
        const desa = dalam(tier, batch);
        expect(tier.jumlah.desa).toBe(desa.length);
        for (const id of COUNTS) {
          const nilai = desa.map((l) => bacaId(l.jumlah, id));
          const lacking = nilai.filter((v) => v === undefined).length;
          expect(tier.kurang[id]).toBe(lacking > 0 ? lacking : undefined);
          const total = nilai.reduce((a: number, b) => a + (b ?? 0), 0);
          expect(bacaId(tier.jumlah, id)).toBe(lacking ? undefined : total);
        }
      }
    },
  );

  test.prop([batchLaporanArb({ minLength: 1 }), laporanKonsistenArb()])(
    'never lowers a count at any tier when a desa is added',
    (batch, baru) => {
      fc.pre(!batch.some((l) => l.kode === baru.kode));
      const before = rollUpLaporan(batch);
      const after = rollUpLaporan([...batch, baru]);
      for (const tier of tiers(before)) {
        const next = tiers(after).find((t) => t.kode === tier.kode);
        for (const id of ID_JUMLAH) {
          const [a, b] = [
            bacaId(tier.jumlah, id),
            bacaId(next?.jumlah ?? {}, id),
          ];
          if (a !== undefined && b !== undefined) {
            expect(b).toBeGreaterThanOrEqual(a);
          }
          expect(next?.kurang[id] ?? 0).toBeGreaterThanOrEqual(
            tier.kurang[id] ?? 0,
          );
        }
      }
    },
  );

  test.prop([
    batchLaporanArb({ minLength: 1 }),
    fc.nat(),
    laporanKonsistenArb(),
  ])(
    'refuses a desa given twice instead of counting it twice',
    (batch, i, lain) => {
      const twice = {
        ...lain,
        kode: (batch[i % batch.length] as LaporanDesa).kode,
      };
      expect(issuesOf(() => rollUpLaporan([...batch, twice]))).toEqual([
        { code: 'duplicate_value', path: ['laporan', batch.length, 'kode'] },
      ]);
    },
  );

  it('tells 40 desa of one kecamatan apart, and the first given again', () => {
    const kode = (n: number) => `32.04.11.${String(n).padStart(4, '0')}`;
    const batch = Array.from({ length: 40 }, (_, n) => ({
      kode: kode(n + 1),
      bulan: BULAN,
      jumlah: { pus: 1 },
    }));
    const hasil = rollUpLaporan(batch);
    expect(hasil.kodeDesa).toEqual(batch.map((l) => l.kode));
    expect(hasil.kecamatan['32.04.11']?.jumlah.pus).toBe(40);
    const again = { ...(batch[0] as LaporanDesa), kode: kode(1) };
    expect(issuesOf(() => rollUpLaporan([...batch, again]))).toEqual([
      { code: 'duplicate_value', path: ['laporan', 40, 'kode'] },
    ]);
  });

  it('refuses a report of another month, at its index', () => {
    const lain = { ...CIBODAS, bulan: '2025-07' };
    expect(issuesOf(() => rollUpLaporan([SUKAMAJU, MEKARSARI, lain]))).toEqual([
      { code: 'invalid_value', path: ['laporan', 2, 'bulan'] },
    ]);
  });

  it('refuses an inconsistent report by default, naming index and rule', () => {
    const rusak = {
      ...MEKARSARI,
      jumlah: { ...MEKARSARI.jumlah, pus: 51, kelahiran: -1 },
    };
    try {
      rollUpLaporan([SUKAMAJU, rusak]);
      expect.unreachable();
    } catch (error) {
      const issues = (error as ImpInputError).issues;
      expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
        {
          code: 'inconsistent_report',
          path: ['laporan', 1, 'jumlah', 'kelahiran'],
        },
        { code: 'inconsistent_report', path: ['laporan', 1, 'jumlah', 'pus'] },
      ]);
      expect(issues[0]?.message.en).toContain("'jumlah-tidak-negatif'");
      expect(issues[1]?.message.en).toContain(
        "'pus-sama-dengan-peserta-dan-bukan-peserta'",
      );
    }
  });

  it('leaves inconsistent reports out when asked, and lists them', () => {
    const rusak = {
      ...MEKARSARI,
      jumlah: { ...MEKARSARI.jumlah, desa: 2, kelahiran: -1, impPertemuan: -2 },
    };
    const hasil = rollUpLaporan([CIBODAS, rusak, SUKAMAJU], {
      tidakKonsisten: 'lewati',
    });
    expect(hasil.dilewati).toEqual([
      { kode: '32.04.11.2002', aturan: ['jumlah-tidak-negatif', 'desa-satu'] },
    ]);
    const tanpa = rollUpLaporan([SUKAMAJU, CIBODAS]);
    expect({ ...hasil, dilewati: [] }).toEqual(tanpa);
  });

  it('lists the reports left out in code order', () => {
    const rusak = (l: LaporanDesa) => ({ ...l, jumlah: { desa: 0 } });
    const hasil = rollUpLaporan([CIBODAS, SUKAMAJU, MEKARSARI].map(rusak), {
      tidakKonsisten: 'lewati',
    });
    expect(hasil.dilewati.map((d) => d.kode)).toEqual(
      TIGA_DESA.map((l) => l.kode),
    );
    expect(hasil.nasional.jumlah).toEqual({ desa: 0 });
  });

  it('counts a desa left out as seen, so a second report is refused', () => {
    const rusak = { ...SUKAMAJU, jumlah: { pus: -1 } };
    const options = { tidakKonsisten: 'lewati' } as const;
    expect(issuesOf(() => rollUpLaporan([rusak, SUKAMAJU], options))).toEqual([
      { code: 'duplicate_value', path: ['laporan', 1, 'kode'] },
    ]);
  });

  it('reads any iterable once, such as a generator', () => {
    function* laporan() {
      yield* TIGA_DESA;
    }
    expect(rollUpLaporan(laporan())).toEqual(rollUpLaporan(TIGA_DESA));
  });

  it('computes unmet need from the reasons given', () => {
    const hasil = rollUpLaporan(TIGA_DESA, { unmetNeed: ['hamil'] });
    expect(hasil.nasional.rasio.unmetNeed.nilai).toBe(8 / 180);
  });

  it('rolls up no report into an empty nation of no month', () => {
    const hasil = rollUpLaporan([]);
    expect(hasil).toMatchObject({
      bulan: null,
      provinsi: {},
      kabupatenKota: {},
      kecamatan: {},
      kodeDesa: [],
      dilewati: [],
    });
    expect(hasil.nasional.jumlah).toEqual({ desa: 0 });
    expect(hasil.nasional.kurang).toEqual({});
    expect(hasil.nasional.rasio.paTerhadapPus.kurang).toEqual([
      'pesertaKbAktif.total',
      'pus',
    ]);
  });

  it('lists every problem of a batch at once', () => {
    const bad = [
      { kode: '32.04.11', bulan: '2025-06', jumlah: {} },
      SUKAMAJU,
      'laporan',
    ];
    expect(
      issuesOf(() =>
        rollUpLaporan(bad as never, { tidakKonsisten: 'abaikan' as never }),
      ),
    ).toEqual([
      { code: 'invalid_value', path: ['options', 'tidakKonsisten'] },
      { code: 'invalid_input', path: ['laporan', 0, 'kode'] },
      { code: 'invalid_type', path: ['laporan', 2] },
    ]);
  });

  it.each([[42], [null], [undefined], [{ length: 1 }]])(
    'refuses %j, which is no iterable of reports',
    (laporan) => {
      expect(issuesOf(() => rollUpLaporan(laporan as never))).toEqual([
        { code: 'invalid_type', path: ['laporan'] },
      ]);
    },
  );

  it('refuses a reason for unmet need listed twice', () => {
    const options = { unmetNeed: ['hamil', 'hamil'] as ['hamil', 'hamil'] };
    expect(issuesOf(() => rollUpLaporan(TIGA_DESA, options))).toEqual([
      { code: 'duplicate_value', path: ['options', 'unmetNeed', 1] },
    ]);
  });

  it('refuses sums past the largest safe integer', () => {
    const besar = 2 ** 52 + 1;
    const batch = [SUKAMAJU, MEKARSARI].map((l) => ({
      ...l,
      jumlah: { kelahiran: besar },
    }));
    expect(issuesOf(() => rollUpLaporan(batch))).toEqual([
      { code: 'out_of_range', path: ['laporan'] },
    ]);
  });

  test.prop([batchLaporanArb()])(
    'returns a frozen result and leaves its input alone',
    (batch) => {
      const before = structuredClone(batch);
      const hasil = rollUpLaporan(
        Object.freeze(batch.map((l) => Object.freeze(l))),
      );
      expect(batch).toEqual(before);
      expect(Object.isFrozen(hasil.nasional.jumlah)).toBe(true);
      expect(Object.isFrozen(hasil.kodeDesa)).toBe(true);
    },
  );

  it('rolls up a tenth of a nation, every region of it', () => {
    const batch = buildBatchLaporan(8400);
    const hasil = rollUpLaporan(batch);
    expect(hasil.nasional.jumlah.desa).toBe(8400);
    expect(Object.keys(hasil.provinsi)).toHaveLength(38);
    expect(Object.keys(hasil.kecamatan)).toHaveLength(3800);
    const lacking = batch.filter((l) => l.jumlah.pus === undefined).length;
    expect(lacking).toBeGreaterThan(0);
    expect(hasil.nasional.kurang.pus).toBe(lacking);
    expect(hasil.nasional.jumlah.pus).toBeUndefined();
  }, 20_000);
});

describe('safeRollUpLaporan', () => {
  it('returns the error of a report of another month', () => {
    const result = safeRollUpLaporan([
      SUKAMAJU,
      { ...CIBODAS, bulan: '2025-05' },
    ]);
    expect(result.success).toBe(false);
  });
});

describe('mergeRollUp', () => {
  test.prop([batchLaporanArb(), fc.nat()])(
    'equals the roll-up of all reports, however they are split',
    (batch, cut) => {
      const i = cut % (batch.length + 1);
      const merged = mergeRollUp(
        rollUpLaporan(batch.slice(0, i)),
        rollUpLaporan(batch.slice(i)),
      );
      expect(merged).toEqual(rollUpLaporan(batch));
    },
  );

  test.prop([batchLaporanArb({ minLength: 3 })])(
    'is commutative and associative, with the empty roll-up as identity',
    (batch) => {
      const third = Math.floor(batch.length / 3);
      const [a, b, c] = [
        batch.slice(0, third),
        batch.slice(third, 2 * third),
        batch.slice(2 * third),
      ].map((part) => rollUpLaporan(part)) as [
        RollUpResult,
        RollUpResult,
        RollUpResult,
      ];
      expect(mergeRollUp(a, b)).toEqual(mergeRollUp(b, a));
      expect(mergeRollUp(mergeRollUp(a, b), c)).toEqual(
        mergeRollUp(a, mergeRollUp(b, c)),
      );
      expect(mergeRollUp(rollUpLaporan([]), a)).toEqual(a);
    },
  );

  it('keeps the reports left out by either part', () => {
    const rusak = { ...CIBODAS, jumlah: { pus: -3 } };
    const options = { tidakKonsisten: 'lewati' } as const;
    const merged = mergeRollUp(
      rollUpLaporan([SUKAMAJU, rusak], options),
      rollUpLaporan([MEKARSARI]),
    );
    expect(merged.dilewati).toEqual([
      { kode: CIBODAS.kode, aturan: ['jumlah-tidak-negatif'] },
    ]);
    expect(merged.kodeDesa).toEqual([SUKAMAJU.kode, MEKARSARI.kode]);
  });

  test.prop([batchLaporanArb({ minLength: 1 }), fc.nat()])(
    'refuses a desa that is in both parts',
    (batch, i) => {
      const desa = batch[i % batch.length] as LaporanDesa;
      const a = rollUpLaporan(batch);
      const b = rollUpLaporan([desa]);
      expect(issuesOf(() => mergeRollUp(a, b))).toEqual([
        { code: 'duplicate_value', path: ['b', 'kodeDesa', 0] },
      ]);
    },
  );

  it('refuses a desa left out in one part and summed in the other', () => {
    const rusak = { ...SUKAMAJU, jumlah: { pus: -3 } };
    const a = rollUpLaporan([rusak], { tidakKonsisten: 'lewati' });
    expect(issuesOf(() => mergeRollUp(a, rollUpLaporan([SUKAMAJU])))).toEqual([
      { code: 'duplicate_value', path: ['b', 'kodeDesa', 0] },
    ]);
  });

  it('refuses parts of different months', () => {
    const juli = rollUpLaporan([{ ...CIBODAS, bulan: '2025-07' }]);
    expect(
      issuesOf(() => mergeRollUp(rollUpLaporan([SUKAMAJU]), juli)),
    ).toEqual([{ code: 'invalid_value', path: ['b', 'bulan'] }]);
  });

  it('reads a count absent with no tally as lacked by every desa', () => {
    const a = structuredClone(rollUpLaporan(TIGA_DESA)) as {
      nasional: { kurang: Record<string, number> };
    };
    delete a.nasional.kurang.kelahiran;
    const merged = mergeRollUp(a as never, rollUpLaporan([]));
    expect(merged.nasional.kurang.kelahiran).toBe(3);
  });

  it('reads a count tallied as lacked by some desa as absent', () => {
    const a = structuredClone(rollUpLaporan(TIGA_DESA)) as unknown as {
      nasional: { jumlah: Record<string, number> };
    };
    a.nasional.jumlah.kelahiran = 12;
    const merged = mergeRollUp(a as never, rollUpLaporan([]));
    expect(merged.nasional.jumlah.kelahiran).toBeUndefined();
    expect(merged.nasional.kurang.kelahiran).toBe(1);
  });

  it('refuses merged sums past the largest safe integer', () => {
    const besar = (l: LaporanDesa) => ({ ...l, jumlah: { pus: 2 ** 52 + 1 } });
    const a = rollUpLaporan([besar(SUKAMAJU)]);
    const b = rollUpLaporan([besar(MEKARSARI)]);
    expect(issuesOf(() => mergeRollUp(a, b))).toEqual([
      { code: 'out_of_range', path: ['b'] },
    ]);
  });

  it('refuses a part of the wrong shape, by path', () => {
    const a = rollUpLaporan([SUKAMAJU]);
    const b = { ...a, kecamatan: { '32.04': a.nasional } };
    expect(issuesOf(() => mergeRollUp(a, b as never))).toEqual([
      { code: 'invalid_input', path: ['b', 'kecamatan', '32.04'] },
    ]);
  });

  it('computes unmet need from the reasons given', () => {
    const merged = mergeRollUp(
      rollUpLaporan([SUKAMAJU]),
      rollUpLaporan([MEKARSARI, CIBODAS]),
      { unmetNeed: ['ingin-anak-segera'] },
    );
    expect(merged.nasional.rasio.unmetNeed.nilai).toBe(17 / 180);
  });

  it('leaves its parts alone', () => {
    const a = rollUpLaporan([SUKAMAJU]);
    const b = rollUpLaporan([MEKARSARI]);
    const before = structuredClone([a, b]);
    mergeRollUp(a, b);
    expect([a, b]).toEqual(before);
  });
});

describe('safeMergeRollUp', () => {
  it('returns the error of a part that is no roll-up', () => {
    const result = safeMergeRollUp(rollUpLaporan([]), {} as never);
    expect(result.success).toBe(false);
  });
});
