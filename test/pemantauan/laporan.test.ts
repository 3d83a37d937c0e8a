import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  ALASAN_TIDAK_KB,
  AlasanTidakKbSchema,
  BulanSchema,
  computeRasio,
  ID_JUMLAH,
  type IdJumlah,
  INDIKATOR,
  type JumlahIndikator,
  JumlahIndikatorSchema,
  KEPUTUSAN_84_2024,
  LaporanDesaSchema,
  METODE_KONTRASEPSI,
  MetodeKontrasepsiSchema,
  type Rasio,
  type RasioIndikator,
  safeComputeRasio,
} from '../../src/index.js';
import { issuesOf } from '../support/issues.js';
import { bacaId, jumlahKonsistenArb } from '../support/laporan.js';

const METODE = MetodeKontrasepsiSchema.options;

describe('BulanSchema', () => {
  it.each([
    ['2025-00', false],
    ['2025-01', true],
    ['2025-12', true],
    ['2025-13', false],
    ['2025-6', false],
    ['2025-06-01', false],
  ])('reads %s as a month: %s', (bulan, valid) => {
    expect(BulanSchema.safeParse(bulan).success).toBe(valid);
  });
});

describe('JumlahIndikatorSchema', () => {
  it('accepts a negative count, for the consistency check to name', () => {
    expect(JumlahIndikatorSchema.safeParse({ pus: -1 }).success).toBe(true);
  });

  it.each([
    [{ pus: 1.5 }],
    [{ pus: '10' }],
    [{ lainnya: 1 }],
    [{ pesertaKbAktif: { total: 1, metode: { spiral: 1 } } }],
    [{ pesertaKbAktif: { metode: {} } }],
    [{ poktan: { binaan: 1 } }],
  ])('refuses %j', (jumlah) => {
    expect(JumlahIndikatorSchema.safeParse(jumlah).success).toBe(false);
  });

  it('accepts a report that knows nothing yet', () => {
    const laporan = { kode: '32.04.11.2001', bulan: '2025-06', jumlah: {} };
    expect(LaporanDesaSchema.safeParse(laporan).success).toBe(true);
  });

  test.prop([jumlahKonsistenArb()])(
    'accepts every generated report',
    (jumlah) => {
      expect(JumlahIndikatorSchema.parse(jumlah)).toEqual(jumlah);
    },
  );
});

describe('ID_JUMLAH', () => {
  it('names each count once, and each has a catalogue entry', () => {
    expect(new Set(ID_JUMLAH).size).toBe(ID_JUMLAH.length);
    for (const id of ID_JUMLAH) {
      expect(INDIKATOR[id]).toMatchObject({ id, jenis: 'jumlah' });
    }
  });

  test.prop([jumlahKonsistenArb({ lengkap: true })])(
    'reaches every count of a complete report',
    (jumlah) => {
      for (const id of ID_JUMLAH) {
        expect(typeof bacaId(jumlah, id)).toBe('number');
      }
    },
  );
});

describe('INDIKATOR', () => {
  const entries = Object.entries(INDIKATOR);

  it('keys each entry by its id', () => {
    for (const [key, entry] of entries) expect(entry.id).toBe(key);
  });

  it('cites a clause of the decree for every entry', () => {
    for (const [, entry] of entries) {
      expect(entry.citation.instrument).toBe(KEPUTUSAN_84_2024.nama);
      expect(entry.citation.ref).toMatch(/^Lampiran BAB (II|IV)\b/);
    }
  });

  it('marks an entry operational exactly when it cites a definition', () => {
    for (const [, entry] of entries) {
      expect(entry.operasional).toBe(entry.definisi.length > 0);
      for (const definisi of entry.definisi) {
        expect(definisi.instrument).not.toBe(KEPUTUSAN_84_2024.nama);
      }
    }
  });

  it.each([
    'pesertaKbAktif.total',
    'pesertaKbBaru.metode.pil',
    'ppm.total',
    'pusBukanPeserta.inginAnakTunda',
    'paTerhadapPus',
    'pencapaianPpm',
    'unmetNeed',
  ] as const)('marks %s operational', (id) => {
    expect(INDIKATOR[id].operasional).toBe(true);
  });

  it.each([
    ['kelahiran', 'Lampiran BAB II huruf B angka 8 huruf a', false],
    ['perkawinan', 'Lampiran BAB II huruf B angka 8 huruf b', false],
    ['pus', 'Lampiran BAB II huruf B angka 8 huruf b', false],
    ['pencapaianPpm', 'Lampiran BAB II huruf B angka 8 huruf c', true],
    ['poktan.aktif', 'Lampiran BAB II huruf B angka 8 huruf d', false],
    ['impPertemuan', 'Lampiran BAB II huruf B angka 8 huruf e', false],
    ['terpaduRkpDesa', 'Lampiran BAB II huruf B angka 8 huruf f', false],
    [
      'unmetNeed',
      'Lampiran BAB IV huruf A angka 2 penjelasan huruf b angka 5)',
      true,
    ],
  ] as const)('cites %s to %s', (id, ref, operasional) => {
    expect(INDIKATOR[id].citation.ref).toBe(ref);
    expect(INDIKATOR[id].operasional).toBe(operasional);
  });

  it('has a ratio entry per method of PPM', () => {
    for (const m of METODE) {
      expect(INDIKATOR[`pencapaianPpm.metode.${m}`].jenis).toBe('rasio');
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(INDIKATOR)).toBe(true);
    expect(Object.isFrozen(INDIKATOR.pus.label)).toBe(true);
  });
});

describe('METODE_KONTRASEPSI', () => {
  it('lists seven methods, each operational, cited to PPM practice', () => {
    expect(Object.keys(METODE_KONTRASEPSI)).toEqual(METODE);
    for (const entry of Object.values(METODE_KONTRASEPSI)) {
      expect(entry.operasional).toBe(true);
      expect(entry.citation.instrument).not.toBe(KEPUTUSAN_84_2024.nama);
      expect(entry.citation.ref).toMatch(/ppm/i);
    }
  });
});

describe('ALASAN_TIDAK_KB', () => {
  it('reads wanting to wait and wanting no more as unmet need', () => {
    const unmet = AlasanTidakKbSchema.options.filter(
      (a) => ALASAN_TIDAK_KB[a].unmetNeed,
    );
    expect(unmet).toEqual(['ingin-anak-tunda', 'tidak-ingin-anak-lagi']);
  });

  it('cites an operational source for each reason', () => {
    for (const entry of Object.values(ALASAN_TIDAK_KB)) {
      expect(entry).toMatchObject({ operasional: true });
      expect(entry.citation.instrument).not.toBe(KEPUTUSAN_84_2024.nama);
    }
  });
});

/** The counts each ratio needs: numerator first, then the divisor. */
const PERLU: Record<string, readonly IdJumlah[]> = {
  paTerhadapPus: ['pesertaKbAktif.total', 'pus'],
  pencapaianPpm: ['pesertaKbBaru.total', 'ppm.total'],
  unmetNeed: [
    'pusBukanPeserta.inginAnakTunda',
    'pusBukanPeserta.tidakInginAnakLagi',
    'pus',
  ],
  trenPerkawinan: ['perkawinan', 'perkawinanSebelumnya'],
  poktanAktif: ['poktan.aktif', 'poktan.terdaftar'],
};

function rasioDaftar(rasio: RasioIndikator): [string, Rasio, IdJumlah[]][] {
  const perMetode = METODE.map((m): [string, Rasio, IdJumlah[]] => [
    m,
    rasio.pencapaianPpm.metode[m],
    [`pesertaKbBaru.metode.${m}`, `ppm.metode.${m}`],
  ]);
  const utama = Object.entries(PERLU).map(
    ([id, perlu]): [string, Rasio, IdJumlah[]] => [
      id,
      rasio[id as keyof RasioIndikator],
      [...perlu],
    ],
  );
  return [...utama, ...perMetode];
}

/** Generated counts with any of them dropped. */
const jumlahSebagianArb = jumlahKonsistenArb({ lengkap: true }).chain(
  (jumlah) =>
    fc.subarray([...ID_JUMLAH]).map((hilang) => tanpa(jumlah, hilang)),
);

function tanpa(jumlah: JumlahIndikator, ids: readonly IdJumlah[]) {
  type Node = Record<string, unknown> | undefined;
  const copy = structuredClone(jumlah) as Record<string, unknown>;
  for (const id of ids) {
    const path = id.split('.');
    const last = path.at(-1) as string;
    // A breakdown without its total is no breakdown: it goes whole.
    if (last === 'total') {
      delete copy[path[0] as string];
      continue;
    }
    let node: Node = copy;
    for (const key of path.slice(0, -1)) node = node?.[key] as Node;
    if (node) delete node[last];
  }
  return copy as JumlahIndikator;
}

describe('computeRasio', () => {
  test.prop([jumlahSebagianArb])(
    'names exactly the missing counts, and has a value only without them',
    (jumlah) => {
      for (const [, rasio, perlu] of rasioDaftar(computeRasio(jumlah))) {
        const hilang = perlu.filter((id) => bacaId(jumlah, id) === undefined);
        expect(rasio.kurang).toEqual(hilang);
        const divisor = bacaId(jumlah, perlu.at(-1) as IdJumlah);
        expect(rasio.penyebutNol).toBe(hilang.length === 0 && divisor === 0);
        expect(rasio.nilai === null).toBe(
          hilang.length > 0 || rasio.penyebutNol,
        );
      }
    },
  );

  test.prop([jumlahKonsistenArb({ lengkap: true })])(
    'keeps the shares of PUS and of Poktan between 0 and 1',
    (jumlah) => {
      const rasio = computeRasio(jumlah);
      for (const r of [
        rasio.paTerhadapPus,
        rasio.unmetNeed,
        rasio.poktanAktif,
      ]) {
        if (r.nilai !== null) {
          expect(r.nilai).toBeGreaterThanOrEqual(0);
          expect(r.nilai).toBeLessThanOrEqual(1);
        }
      }
    },
  );

  test.prop([
    jumlahKonsistenArb({ lengkap: true }),
    fc.integer({ min: 2, max: 1000 }),
  ])('does not change when every count is multiplied', (jumlah, k) => {
    const kali = JSON.parse(
      JSON.stringify(jumlah, (_, v) => (typeof v === 'number' ? v * k : v)),
    );
    const a = rasioDaftar(computeRasio(jumlah));
    const b = rasioDaftar(computeRasio(kali));
    a.forEach(([, ra], i) => {
      const rb = (b[i] as [string, Rasio, IdJumlah[]])[1];
      expect(rb.penyebutNol).toBe(ra.penyebutNol);
      if (ra.nilai === null) expect(rb.nilai).toBeNull();
      else expect(rb.nilai).toBeCloseTo(ra.nilai, 12);
    });
  });

  test.prop([
    fc.nat({ max: 1000 }),
    fc.nat({ max: 1000 }),
    fc.integer({ min: 1, max: 1000 }),
  ])('never lowers PA per PUS when PA grows', (pa, tambah, pus) => {
    const rasio = (total: number) =>
      computeRasio({ pus, pesertaKbAktif: { total, metode: {} } }).paTerhadapPus
        .nilai as number;
    expect(rasio(pa + tambah)).toBeGreaterThanOrEqual(rasio(pa));
  });

  it('computes each ratio as a fraction for a worked example', () => {
    const rasio = computeRasio({
      pus: 200,
      perkawinan: 12,
      perkawinanSebelumnya: 10,
      pesertaKbAktif: { total: 150, metode: {} },
      pesertaKbBaru: { total: 9, metode: { iud: 3 } },
      ppm: { total: 36, metode: { iud: 4, pil: 0 } },
      pusBukanPeserta: { inginAnakTunda: 20, tidakInginAnakLagi: 10 },
      poktan: { terdaftar: 8, aktif: 6 },
    });
    expect(rasio.paTerhadapPus.nilai).toBe(0.75);
    expect(rasio.pencapaianPpm.nilai).toBe(0.25);
    expect(rasio.pencapaianPpm.metode.iud.nilai).toBe(0.75);
    expect(rasio.pencapaianPpm.metode.pil).toEqual({
      nilai: null,
      kurang: ['pesertaKbBaru.metode.pil'],
      penyebutNol: false,
    });
    expect(rasio.unmetNeed.nilai).toBe(0.15);
    expect(rasio.trenPerkawinan).toMatchObject({ nilai: 1.2, selisih: 2 });
    expect(rasio.poktanAktif.nilai).toBe(0.75);
  });

  it.each([
    [0, { nilai: null, penyebutNol: true }],
    [1, { nilai: 0, penyebutNol: false }],
    [2, { nilai: 0, penyebutNol: false }],
  ])('reads a PUS of %i as the divisor', (pus, expected) => {
    const jumlah = { pus, pesertaKbAktif: { total: 0, metode: {} } };
    expect(computeRasio(jumlah).paTerhadapPus).toMatchObject(expected);
  });

  it('gives the difference of marriages even without a divisor', () => {
    const tren = computeRasio({
      perkawinan: 3,
      perkawinanSebelumnya: 0,
    }).trenPerkawinan;
    expect(tren).toEqual({
      nilai: null,
      kurang: [],
      penyebutNol: true,
      selisih: 3,
    });
    expect(computeRasio({ perkawinan: 3 }).trenPerkawinan.selisih).toBeNull();
  });

  it('counts the reasons given as unmet need, instead of the default', () => {
    const jumlah = {
      pus: 100,
      pusBukanPeserta: { inginAnakTunda: 20, tidakInginAnakLagi: 10 },
    };
    const options = { unmetNeed: ['tidak-ingin-anak-lagi' as const] };
    expect(computeRasio(jumlah, options).unmetNeed.nilai).toBe(0.1);
    expect(computeRasio(jumlah).unmetNeed.nilai).toBe(0.3);
    const hamil = computeRasio(jumlah, { unmetNeed: ['hamil'] });
    expect(hamil.unmetNeed.kurang).toEqual(['pusBukanPeserta.hamil']);
  });

  it('refuses a reason listed twice, and an empty list', () => {
    const twice = { unmetNeed: ['hamil', 'hamil'] as const };
    expect(
      issuesOf(() => computeRasio({}, { unmetNeed: [...twice.unmetNeed] })),
    ).toEqual([{ code: 'duplicate_value', path: ['options', 'unmetNeed', 1] }]);
    expect(issuesOf(() => computeRasio({}, { unmetNeed: [] }))).toEqual([
      { code: 'out_of_range', path: ['options', 'unmetNeed'] },
    ]);
  });

  it('lists every shape problem, by path', () => {
    const jumlah = { pus: 1.5, poktan: { aktif: '2' }, lain: 1 };
    expect(issuesOf(() => computeRasio(jumlah as never))).toEqual([
      { code: 'invalid_type', path: ['jumlah', 'pus'] },
      { code: 'invalid_type', path: ['jumlah', 'poktan', 'aktif'] },
      { code: 'unrecognized_key', path: ['jumlah', 'lain'] },
    ]);
  });

  test.prop([jumlahKonsistenArb()])(
    'returns a frozen result and leaves its input alone',
    (jumlah) => {
      const before = structuredClone(jumlah);
      const result = computeRasio(Object.freeze(jumlah));
      expect(jumlah).toEqual(before);
      expect(Object.isFrozen(result.pencapaianPpm.metode.iud.kurang)).toBe(
        true,
      );
    },
  );
});

describe('safeComputeRasio', () => {
  it('returns the error of a bad count instead of throwing it', () => {
    const result = safeComputeRasio({ pus: -0.5 });
    expect(result.success).toBe(false);
  });

  it('returns the ratios of good counts', () => {
    const result = safeComputeRasio({ poktan: { terdaftar: 4, aktif: 1 } });
    expect(result.success && result.data.poktanAktif.nilai).toBe(0.25);
  });
});
