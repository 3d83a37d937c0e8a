import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  ATURAN_KONSISTENSI,
  buildLaporanDesa,
  checkLaporanDesa,
  ID_JUMLAH,
  type IdAturan,
  IdAturanSchema,
  type IdJumlah,
  INDIKATOR,
  type JumlahIndikator,
  KEPUTUSAN_84_2024,
  type LaporanDesa,
  MetodeKontrasepsiSchema,
  safeCheckLaporanDesa,
} from '../../src/index.js';
import { issuesOf } from '../support/issues.js';
import { desaKeluargaArb } from '../support/keluarga.js';
import {
  BULAN,
  JUMLAH_BEBAS,
  jumlahKonsistenArb,
  laporanKonsistenArb,
} from '../support/laporan.js';

const METODE = MetodeKontrasepsiSchema.options;
const KODE = '32.04.11.2001';

const laporan = (jumlah: JumlahIndikator): LaporanDesa => ({
  kode: KODE,
  bulan: BULAN,
  jumlah,
});

const temuan = (jumlah: JumlahIndikator) =>
  checkLaporanDesa(laporan(jumlah)).pelanggaran.map((p) => ({
    aturan: p.aturan,
    path: p.path,
  }));

type Jumlah = {
  -readonly [K in keyof JumlahIndikator]-?: NonNullable<JumlahIndikator[K]>;
};
type Rusak = {
  aturan: IdAturan;
  path: string[];
  /** Breaks the rule in a complete, consistent copy; false if it cannot. */
  rusak: (j: Jumlah, d: number, m: (typeof METODE)[number]) => boolean;
};

/** Corruptions that each break one rule and no other. */
const RUSAK: readonly Rusak[] = [
  {
    aturan: 'pa-tidak-melebihi-pus',
    path: ['jumlah', 'pesertaKbAktif', 'total'],
    rusak: (j, d) => {
      // Without every reason, PUS need not add up, only bound PA.
      delete j.pusBukanPeserta.hamil;
      j.pus = j.pesertaKbAktif.total - d;
      return j.pus >= 0;
    },
  },
  {
    aturan: 'pus-sama-dengan-peserta-dan-bukan-peserta',
    path: ['jumlah', 'pus'],
    rusak: (j, d) => {
      j.pus += d;
      return true;
    },
  },
  {
    aturan: 'pb-tidak-melebihi-pa',
    path: ['jumlah', 'pesertaKbBaru', 'total'],
    rusak: (j, d) => {
      j.pesertaKbBaru = { total: j.pesertaKbAktif.total + d, metode: {} };
      return true;
    },
  },
  {
    aturan: 'pb-metode-tidak-melebihi-pa-metode',
    path: ['jumlah', 'pesertaKbBaru', 'metode', 'pil'],
    rusak: (j) => {
      const pb = j.pesertaKbBaru.metode.pil ?? 0;
      // PA of another method is hidden, so the PA breakdown may fall short.
      j.pesertaKbAktif.metode.pil = pb - 1;
      delete j.pesertaKbAktif.metode.iud;
      return pb >= 1;
    },
  },
  {
    aturan: 'metode-sesuai-total',
    path: ['jumlah', 'pesertaKbAktif', 'metode'],
    rusak: (j, d, m) => {
      j.pesertaKbAktif.metode[m] = (j.pesertaKbAktif.metode[m] ?? 0) + d;
      return true;
    },
  },
  {
    aturan: 'metode-sesuai-total',
    path: ['jumlah', 'pesertaKbBaru', 'metode'],
    rusak: (j, d) => {
      j.pesertaKbBaru.total -= d;
      return j.pesertaKbBaru.total >= 0;
    },
  },
  {
    aturan: 'metode-sesuai-total',
    path: ['jumlah', 'ppm', 'metode'],
    rusak: (j, d, m) => {
      j.ppm.metode[m] = (j.ppm.metode[m] ?? 0) + d;
      return true;
    },
  },
  {
    aturan: 'poktan-aktif-tidak-melebihi-terdaftar',
    path: ['jumlah', 'poktan', 'aktif'],
    rusak: (j, d) => {
      j.poktan.aktif = (j.poktan.terdaftar ?? 0) + d;
      return true;
    },
  },
  {
    aturan: 'poktan-melapor-tidak-melebihi-terdaftar',
    path: ['jumlah', 'poktan', 'melapor'],
    rusak: (j, d) => {
      j.poktan.melapor = (j.poktan.terdaftar ?? 0) + d;
      return true;
    },
  },
  {
    aturan: 'desa-satu',
    path: ['jumlah', 'desa'],
    rusak: (j, d) => {
      j.desa = d === 1 ? 0 : d;
      return true;
    },
  },
  {
    aturan: 'rkp-desa-paling-banyak-satu',
    path: ['jumlah', 'terpaduRkpDesa'],
    rusak: (j, d) => {
      j.terpaduRkpDesa = 1 + d;
      return true;
    },
  },
  ...JUMLAH_BEBAS.map(
    (key): Rusak => ({
      aturan: 'jumlah-tidak-negatif',
      path: ['jumlah', key],
      rusak: (j, d) => {
        j[key] = -d;
        return true;
      },
    }),
  ),
];

describe('ATURAN_KONSISTENSI', () => {
  it('keys one entry by each rule id', () => {
    expect(Object.keys(ATURAN_KONSISTENSI)).toEqual(IdAturanSchema.options);
    for (const [id, entry] of Object.entries(ATURAN_KONSISTENSI)) {
      expect(entry.id).toBe(id);
    }
  });

  it('cites the clause of the indicator each rule guards', () => {
    for (const entry of Object.values(ATURAN_KONSISTENSI)) {
      expect(entry.citation.instrument).toBe(KEPUTUSAN_84_2024.nama);
      expect(entry.citation.ref).toMatch(
        /^Lampiran BAB (II huruf B angka 8|IV)/,
      );
      expect(entry.operasional).toBe(entry.dasar.length > 0);
    }
  });

  it.each([
    ['pb-tidak-melebihi-pa', 'Lampiran BAB II huruf B angka 8 huruf c', true],
    ['metode-sesuai-total', 'Lampiran BAB II huruf B angka 8 huruf c', true],
    [
      'poktan-aktif-tidak-melebihi-terdaftar',
      'Lampiran BAB II huruf B angka 8 huruf d',
      false,
    ],
    [
      'poktan-melapor-tidak-melebihi-terdaftar',
      'Lampiran BAB II huruf B angka 8 huruf e',
      false,
    ],
    [
      'rkp-desa-paling-banyak-satu',
      'Lampiran BAB II huruf B angka 8 huruf f',
      false,
    ],
  ] as const)('cites %s to %s', (id, ref, operasional) => {
    expect(ATURAN_KONSISTENSI[id].citation.ref).toBe(ref);
    expect(ATURAN_KONSISTENSI[id].operasional).toBe(operasional);
  });
});

describe('checkLaporanDesa', () => {
  test.prop([laporanKonsistenArb()])(
    'finds every generated consistent report consistent',
    (l) => {
      expect(checkLaporanDesa(l)).toEqual({ konsisten: true, pelanggaran: [] });
    },
  );

  test.prop([
    jumlahKonsistenArb({ lengkap: true }),
    fc.constantFrom(...RUSAK),
    fc.integer({ min: 1, max: 30 }),
    fc.constantFrom(...METODE),
  ])(
    'finds exactly the rule that one corruption breaks, at its path',
    (jumlah, { aturan, path, rusak }, d, m) => {
      const j = structuredClone(jumlah) as Jumlah;
      fc.pre(rusak(j, d, m));
      expect(temuan(j)).toEqual([{ aturan, path }]);
    },
  );

  test.prop([
    jumlahKonsistenArb({ lengkap: true }),
    fc.constantFrom(...ID_JUMLAH),
    fc.integer({ min: 1, max: 1000 }),
  ])('names any negative count by its path and clause', (jumlah, id, d) => {
    const j = structuredClone(jumlah) as Record<string, unknown>;
    const path = id.split('.');
    let node = j;
    for (const key of path.slice(0, -1)) {
      node = node[key] as Record<string, unknown>;
    }
    node[path.at(-1) as string] = -d;
    const found = checkLaporanDesa(laporan(j as JumlahIndikator)).pelanggaran;
    expect(found).toContainEqual(
      expect.objectContaining({
        aturan: 'jumlah-tidak-negatif',
        path: ['jumlah', ...path],
        citation: INDIKATOR[id].citation,
      }),
    );
  });

  test.prop([
    fc.dictionary(fc.constantFrom(...ID_JUMLAH), fc.nat({ max: 60 })),
    fc.constantFrom(...ID_JUMLAH),
  ])(
    'never finds more when a count is left out: what is unknown breaks nothing',
    (nilai, hilang) => {
      const penuh = dariNilai(nilai);
      const tanpa = dariNilai(nilai, hilang);
      const key = (t: { aturan: string; path: readonly string[] }) =>
        `${t.aturan}@${t.path.join('.')}`;
      const semua = new Set(temuan(penuh).map(key));
      for (const t of temuan(tanpa)) expect(semua).toContain(key(t));
    },
  );

  it('lists every rule broken, in the order of the catalogue', () => {
    const found = temuan({
      pus: 10,
      pesertaKbAktif: { total: 12, metode: { iud: 13 } },
      pesertaKbBaru: { total: 14, metode: { iud: 15 } },
      poktan: { terdaftar: 1, aktif: 2, melapor: -1 },
      desa: 2,
      terpaduRkpDesa: 2,
    }).map((t) => t.aturan);
    expect(found).toEqual([
      'jumlah-tidak-negatif',
      'pa-tidak-melebihi-pus',
      'pb-tidak-melebihi-pa',
      'pb-metode-tidak-melebihi-pa-metode',
      'metode-sesuai-total',
      'metode-sesuai-total',
      'poktan-aktif-tidak-melebihi-terdaftar',
      'desa-satu',
      'rkp-desa-paling-banyak-satu',
    ]);
  });

  it.each([
    [99, false],
    [100, true],
    [101, true],
  ])('checks PA of 100 against a PUS of %i: consistent %s', (pus, ok) => {
    const jumlah = { pus, pesertaKbAktif: { total: 100, metode: {} } };
    expect(checkLaporanDesa(laporan(jumlah)).konsisten).toBe(ok);
  });

  it.each([
    [40, false],
    [41, true],
    [42, false],
  ])('needs a PUS of exactly PA 20 plus reasons 21: %i is %s', (pus, ok) => {
    const jumlah = {
      pus,
      pesertaKbAktif: { total: 20, metode: {} },
      pusBukanPeserta: {
        hamil: 3,
        inginAnakSegera: 4,
        inginAnakTunda: 6,
        tidakInginAnakLagi: 8,
      },
    };
    expect(checkLaporanDesa(laporan(jumlah)).konsisten).toBe(ok);
  });

  it.each([
    [{ iud: 4, pil: 5 }, true],
    [{ iud: 4, pil: 6 }, true],
    [{ iud: 4, pil: 7 }, false],
  ])('bounds a partial breakdown %j by a total of 10', (metode, ok) => {
    const jumlah = { ppm: { total: 10, metode } };
    expect(checkLaporanDesa(laporan(jumlah)).konsisten).toBe(ok);
  });

  it.each([
    [9, false],
    [10, true],
    [11, false],
  ])('needs a complete breakdown summing to 10 to be %i', (total, ok) => {
    const metode = {
      iud: 4,
      mow: 0,
      mop: 0,
      implan: 1,
      suntik: 3,
      pil: 2,
      kondom: 0,
    };
    const jumlah = { ppm: { total, metode } };
    expect(checkLaporanDesa(laporan(jumlah)).konsisten).toBe(ok);
  });

  it.each([
    [0, false],
    [1, true],
    [2, false],
  ])('counts a desa report as %i desa: consistent %s', (desa, ok) => {
    expect(checkLaporanDesa(laporan({ desa })).konsisten).toBe(ok);
  });

  it.each([
    [0, true],
    [1, true],
    [2, false],
  ])('counts an RKP desa of %i: consistent %s', (rkp, ok) => {
    const jumlah = { terpaduRkpDesa: rkp };
    expect(checkLaporanDesa(laporan(jumlah)).konsisten).toBe(ok);
  });

  it('never repeats a count in what it finds', () => {
    const result = checkLaporanDesa(laporan({ kelahiran: -987_654 }));
    expect(JSON.stringify(result)).not.toContain('987654');
  });

  it('refuses a report of the wrong shape with every problem', () => {
    const bad = { kode: '32.04.11', bulan: '2025-13', jumlah: { pus: 'x' } };
    expect(issuesOf(() => checkLaporanDesa(bad as never))).toEqual([
      { code: 'invalid_input', path: ['laporan', 'kode'] },
      { code: 'invalid_input', path: ['laporan', 'bulan'] },
      { code: 'invalid_type', path: ['laporan', 'jumlah', 'pus'] },
    ]);
  });

  test.prop([laporanKonsistenArb()])(
    'returns a frozen result and leaves its input alone',
    (l) => {
      const before = structuredClone(l);
      const result = checkLaporanDesa(Object.freeze(l));
      expect(l).toEqual(before);
      expect(Object.isFrozen(result.pelanggaran)).toBe(true);
    },
  );
});

describe('safeCheckLaporanDesa', () => {
  it('returns the error of a report without a month', () => {
    const result = safeCheckLaporanDesa({ kode: KODE, jumlah: {} } as never);
    expect(result.success ? null : result.error.issues[0]?.path).toEqual([
      'laporan',
      'bulan',
    ]);
  });

  it('returns the findings of a good report', () => {
    const result = safeCheckLaporanDesa(laporan({ pus: -1 }));
    expect(result.success && result.data.konsisten).toBe(false);
  });
});

/** A report from count values by id, leaving out `hilang` if given. */
function dariNilai(
  nilai: Partial<Record<IdJumlah, number>>,
  hilang?: IdJumlah,
): JumlahIndikator {
  const out: Record<string, Record<string, unknown>> = {};
  for (const id of ID_JUMLAH) {
    const v = nilai[id];
    if (v === undefined || id === hilang) continue;
    const [a, b, c] = id.split('.') as [string, string?, string?];
    if (b === undefined) (out as Record<string, unknown>)[a] = v;
    else if (c === undefined) out[a] = { ...out[a], [b]: v };
    else {
      const node = (out[a] ?? {}) as Record<string, Record<string, unknown>>;
      node[b] = { ...node[b], [c]: v };
      out[a] = node;
    }
  }
  // A breakdown needs its total and a (maybe empty) record of methods.
  for (const r of ['pesertaKbAktif', 'pesertaKbBaru', 'ppm']) {
    const node = out[r];
    if (node?.total === undefined) delete out[r];
    else node.metode ??= {};
  }
  return out as JumlahIndikator;
}

describe('checkLaporanDesa on a built report', () => {
  test.prop([desaKeluargaArb('2025-06-30')])(
    'accepts the whole result of buildLaporanDesa, ratios and notes included',
    (keluarga) => {
      const built = buildLaporanDesa({ kode: KODE, keluarga }, '2025-06-30');
      expect(checkLaporanDesa(built)).toEqual(
        checkLaporanDesa({
          kode: built.kode,
          bulan: built.bulan,
          jumlah: built.jumlah,
        }),
      );
    },
  );

  it('still refuses a misspelt count inside jumlah', () => {
    const bad = { kode: KODE, bulan: BULAN, jumlah: { kelahiranX: 1 } };
    expect(issuesOf(() => checkLaporanDesa(bad as never))).toContainEqual({
      code: 'unrecognized_key',
      path: ['laporan', 'jumlah', 'kelahiranX'],
    });
  });
});
