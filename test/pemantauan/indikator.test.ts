import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  buildLaporanDesa,
  computeRasio,
  type DataLaporanDesa,
  JumlahIndikatorSchema,
  type Keluarga,
  safeBuildLaporanDesa,
} from '../../src/index.js';
import { issuesOf } from '../support/issues.js';
import {
  desaKeluargaArb,
  KODE_DESA,
  keluargaArb,
  keluargaPasangan,
  keluargaSeorang,
  SAMPLE_DESA,
} from '../support/keluarga.js';
import { shiftDays, tanggalArb } from '../support/tanggal.js';

const DAY = '2025-06-30';

const TANPA_METODE = {
  iud: 0,
  mow: 0,
  mop: 0,
  implan: 0,
  suntik: 0,
  pil: 0,
  kondom: 0,
};

function data(
  keluarga: Keluarga[],
  lain: Partial<DataLaporanDesa> = {},
): DataLaporanDesa {
  return { kode: KODE_DESA, keluarga, ...lain };
}

function peristiwa(
  dicatatSejak: string,
  kelahiran: string[],
  perkawinan: string[] = [],
) {
  const of = (tanggal: string) => ({ tanggal, keluarga: 'K-1' });
  return {
    dicatatSejak,
    kelahiran: kelahiran.map(of),
    perkawinan: perkawinan.map(of),
  };
}

const SATU = [keluargaPasangan('K-1', 30, DAY)];

describe('buildLaporanDesa', () => {
  it('returns the figures of the sample desa, counted by hand', () => {
    const r = buildLaporanDesa(SAMPLE_DESA.data, SAMPLE_DESA.tanggalPenilaian);
    expect([r.kode, r.bulan]).toEqual(['32.04.11.2001', '2025-06']);
    expect(r.jumlah).toEqual({
      kelahiran: 2,
      perkawinan: 1,
      perkawinanSebelumnya: 2,
      pus: 6,
      pusTidakDapatDitentukan: 2,
      pesertaKbAktif: {
        total: 3,
        metode: { ...TANPA_METODE, implan: 1, suntik: 1, pil: 1 },
      },
      pesertaKbBaru: {
        total: 2,
        metode: { ...TANPA_METODE, implan: 1, pil: 1 },
      },
      ppm: {
        total: 18,
        metode: {
          iud: 2,
          mow: 1,
          mop: 1,
          implan: 3,
          suntik: 5,
          pil: 4,
          kondom: 2,
        },
      },
      pusBukanPeserta: {
        hamil: 1,
        inginAnakSegera: 1,
        inginAnakTunda: 1,
        tidakInginAnakLagi: 0,
      },
      poktan: { terdaftar: 4, aktif: 3, melapor: 2 },
      impPertemuan: 1,
      terpaduRkpDesa: 1,
      desa: 1,
    });
    expect(r.kurang).toEqual([]);
    expect(r.pusTidakDapatDitentukan.map((p) => p.keluarga)).toEqual([
      'K-03',
      'K-08',
    ]);
    expect(r.rasio.paTerhadapPus.nilai).toBe(0.5);
    expect(r.rasio.pencapaianPpm.nilai).toBeCloseTo(2 / 18);
    expect(r.rasio.pencapaianPpm.metode.pil.nilai).toBe(0.25);
    expect(r.rasio.pencapaianPpm.metode.iud.nilai).toBe(0);
    expect(r.rasio.unmetNeed.nilai).toBeCloseTo(1 / 6);
    expect(r.rasio.trenPerkawinan).toMatchObject({ nilai: 0.5, selisih: -1 });
    expect(r.rasio.poktanAktif.nilai).toBe(0.75);
  });

  it('returns counts that the report schema reads, and their ratios', () => {
    const r = buildLaporanDesa(SAMPLE_DESA.data, SAMPLE_DESA.tanggalPenilaian);
    expect(JumlahIndikatorSchema.parse(r.jumlah)).toEqual(r.jumlah);
    expect(r.rasio).toEqual(computeRasio(r.jumlah));
  });

  it.each([
    ['peristiwa', ['kelahiran', 'perkawinan', 'perkawinanSebelumnya']],
    ['ppm', ['ppm']],
    ['poktan', ['poktan']],
    ['impPertemuan', ['impPertemuan']],
    ['terpaduRkpDesa', ['terpaduRkpDesa']],
  ] as const)('names %s as missing, and leaves its counts out', (key, ids) => {
    const { [key]: _, ...rest } = SAMPLE_DESA.data;
    const r = buildLaporanDesa(rest as DataLaporanDesa, DAY);
    for (const id of ids) expect(r.jumlah).not.toHaveProperty(id);
    expect(r.kurang.map((k) => [k.indikator, k.masukan])).toEqual(
      ids.map((id) => [id, key]),
    );
  });

  it('gives a null ratio and names the count when PPM is not given', () => {
    const r = buildLaporanDesa(data(SATU), DAY);
    expect(r.rasio.pencapaianPpm).toMatchObject({
      nilai: null,
      kurang: ['ppm.total'],
    });
  });

  const OPTIONAL = fc.record(
    {
      peristiwa: fc.constant(peristiwa('2020-01-01', [])),
      ppm: fc.constant({ pil: 3 }),
      poktan: fc.constant({ terdaftar: 2, aktif: 1, melapor: 1 }),
      impPertemuan: fc.nat(5),
      terpaduRkpDesa: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  test.prop([OPTIONAL, desaKeluargaArb(DAY, 5)])(
    'leaves out exactly the counts it names as missing',
    (lain, keluarga) => {
      const list = keluarga.map((k, i) => (i === 0 ? { ...k, id: 'K-1' } : k));
      const r = buildLaporanDesa(data(list, lain), DAY);
      const named = new Set(r.kurang.map((k) => k.indikator));
      for (const id of Object.keys(JumlahIndikatorSchema.shape)) {
        expect(id in r.jumlah).toBe(!named.has(id as never));
      }
      expect(JumlahIndikatorSchema.safeParse(r.jumlah).success).toBe(true);
    },
  );

  test.prop([
    tanggalArb(1995, 2060).chain((t) =>
      fc.tuple(fc.constant(t), desaKeluargaArb(t, 5), keluargaArb('K-baru', t)),
    ),
  ])(
    'never lowers a count when a family is added',
    ([tanggal, list, extra]) => {
      const lain = { ppm: { iud: 1 }, impPertemuan: 1 };
      const before = buildLaporanDesa(data(list, lain), tanggal).jumlah;
      const after = buildLaporanDesa(
        data([...list, extra], lain),
        tanggal,
      ).jumlah;
      const flat = (j: object, prefix = ''): [string, number][] =>
        Object.entries(j).flatMap(([k, v]) =>
          typeof v === 'number'
            ? [[`${prefix}${k}`, v]]
            : flat(v, `${prefix}${k}.`),
        );
      const later = new Map(flat(after));
      for (const [id, n] of flat(before)) {
        const m = later.get(id);
        if (m !== undefined) expect(m).toBeGreaterThanOrEqual(n);
        else expect(id.startsWith('pusBukanPeserta.')).toBe(true);
      }
    },
  );

  test.prop([desaKeluargaArb(DAY, 5)])('does not change its input', (list) => {
    const input = data(list, { peristiwa: peristiwa('2020-01-01', []) });
    const before = structuredClone(input);
    buildLaporanDesa(input, DAY, { usia50: 'harfiah' });
    expect(input).toEqual(before);
  });

  it.each([
    ['2024-06-30', 0],
    ['2024-07-01', 1],
    [DAY, 1],
    [shiftDays(DAY, 1), 0],
  ])('counts a birth on %s in the last twelve months %i times', (t, n) => {
    const r = buildLaporanDesa(
      data(SATU, { peristiwa: peristiwa('2020-01-01', [t]) }),
      DAY,
    );
    expect(r.jumlah.kelahiran).toBe(n);
  });

  it.each([
    ['2024-02-29', '2023-02-28', 0],
    ['2024-02-29', '2023-03-01', 1],
    ['2025-02-28', '2024-02-28', 0],
    ['2025-02-28', '2024-02-29', 1],
    ['2025-12-31', '2024-12-31', 0],
    ['2025-12-31', '2025-01-01', 1],
    ['2101-02-28', '2100-02-28', 0],
    ['2101-02-28', '2100-03-01', 1],
    ['2001-02-28', '2000-02-28', 0],
    ['2001-02-28', '2000-02-29', 1],
  ])('on %s counts a birth on %s %i times', (tanggal, t, n) => {
    const k = [keluargaPasangan('K-1', 30, tanggal)];
    const r = buildLaporanDesa(
      data(k, { peristiwa: peristiwa('1990-01-01', [t]) }),
      tanggal,
    );
    expect(r.jumlah.kelahiran).toBe(n);
  });

  it.each([
    ['2023-06-30', 0, 0],
    ['2023-07-01', 1, 0],
    ['2024-06-30', 1, 0],
    ['2024-07-01', 0, 1],
  ])(
    'counts a marriage on %s: %i in the twelve months before, %i after',
    (t, sebelumnya, kini) => {
      const r = buildLaporanDesa(
        data(SATU, { peristiwa: peristiwa('2020-01-01', [], [t]) }),
        DAY,
      );
      expect(r.jumlah.perkawinanSebelumnya).toBe(sebelumnya);
      expect(r.jumlah.perkawinan).toBe(kini);
    },
  );

  it.each([
    ['2023-07-01', []],
    ['2023-07-02', ['perkawinanSebelumnya']],
    ['2024-07-01', ['perkawinanSebelumnya']],
    ['2024-07-02', ['kelahiran', 'perkawinan', 'perkawinanSebelumnya']],
  ])('with a record kept since %s leaves out %j', (sejak, missing) => {
    const r = buildLaporanDesa(
      data(SATU, { peristiwa: peristiwa(sejak, []) }),
      DAY,
    );
    expect(
      r.kurang.filter((k) => k.masukan === 'peristiwa.dicatatSejak'),
    ).toHaveLength(missing.length);
    for (const id of missing) expect(r.jumlah).not.toHaveProperty(id);
  });

  it.each([
    ['2025-05-31', 0],
    ['2025-06-01', 1],
    [DAY, 1],
  ])('counts a method started on %s as new %i times', (sejak, n) => {
    const k = keluargaPasangan('K-1', 30, DAY, {
      kontrasepsi: { metode: 'iud', sejak },
    });
    const { jumlah } = buildLaporanDesa(data([k]), DAY);
    expect(jumlah.pesertaKbAktif?.metode.iud).toBe(1);
    expect(jumlah.pesertaKbBaru?.metode.iud).toBe(n);
  });

  it("counts a husband's method for his couple", () => {
    const k = keluargaPasangan(
      'K-1',
      30,
      DAY,
      {},
      {
        kontrasepsi: { metode: 'mop', sejak: '2020-01-01' },
      },
    );
    const { jumlah } = buildLaporanDesa(data([k]), DAY);
    expect(jumlah.pesertaKbAktif).toEqual({
      total: 1,
      metode: { ...TANPA_METODE, mop: 1 },
    });
  });

  it('does not count a method of a couple that is not PUS', () => {
    const k = keluargaPasangan('K-1', 55, DAY, {
      haid: false,
      kontrasepsi: { metode: 'iud', sejak: '2020-01-01' },
    });
    const { jumlah } = buildLaporanDesa(data([k]), DAY);
    expect([jumlah.pus, jumlah.pesertaKbAktif?.total]).toEqual([0, 0]);
  });

  it('names the families of PUS with neither a method nor a reason', () => {
    const list = [
      keluargaPasangan('K-1', 30, DAY),
      keluargaPasangan('K-2', 30, DAY, { hamil: true }),
    ];
    const r = buildLaporanDesa(data(list), DAY);
    expect(r.jumlah).not.toHaveProperty('pusBukanPeserta');
    expect(r.kurang).toContainEqual(
      expect.objectContaining({
        indikator: 'pusBukanPeserta',
        masukan: 'alasanTidakKb',
        keluarga: ['K-1'],
      }),
    );
    expect(r.rasio.unmetNeed.nilai).toBeNull();
  });

  it('reads the reasons for unmet need from the options', () => {
    const k = keluargaPasangan('K-1', 30, DAY, {
      alasanTidakKb: 'ingin-anak-segera',
    });
    const options = { unmetNeed: ['ingin-anak-segera' as const] };
    expect(buildLaporanDesa(data([k]), DAY).rasio.unmetNeed.nilai).toBe(0);
    expect(
      buildLaporanDesa(data([k]), DAY, options).rasio.unmetNeed.nilai,
    ).toBe(1);
  });

  it('cites each count to its clause', () => {
    const { citation } = buildLaporanDesa(data([]), DAY);
    expect(citation.kelahiran.ref).toBe(
      'Lampiran BAB II huruf B angka 8 huruf a',
    );
    expect(citation['poktan.melapor'].ref).toBe(
      'Lampiran BAB II huruf B angka 8 huruf e',
    );
  });

  it('returns duplicate_value when a family is listed twice', () => {
    expect(
      issuesOf(() => buildLaporanDesa(data([...SATU, ...SATU]), DAY)),
    ).toEqual([
      { code: 'duplicate_value', path: ['data', 'keluarga', 1, 'id'] },
    ]);
  });

  it('returns an issue for a family of another desa than the report', () => {
    const lain = {
      ...keluargaSeorang('K-2', 30, DAY),
      kodeDesa: '32.04.11.2002',
    };
    expect(issuesOf(() => buildLaporanDesa(data([lain]), DAY))).toEqual([
      { code: 'invalid_value', path: ['data', 'keluarga', 0, 'kodeDesa'] },
    ]);
  });

  it('returns the issues of a record of events', () => {
    const record = {
      dicatatSejak: shiftDays(DAY, 1),
      kelahiran: [{ tanggal: '2025-01-01', keluarga: 'K-9' }],
      perkawinan: [],
    };
    expect(
      issuesOf(() => buildLaporanDesa(data(SATU, { peristiwa: record }), DAY)),
    ).toEqual([
      { code: 'out_of_range', path: ['data', 'peristiwa', 'dicatatSejak'] },
      {
        code: 'out_of_range',
        path: ['data', 'peristiwa', 'kelahiran', 0, 'tanggal'],
      },
      {
        code: 'invalid_value',
        path: ['data', 'peristiwa', 'kelahiran', 0, 'keluarga'],
      },
    ]);
  });

  it('refuses negative counts, a bad shape and a reason listed twice', () => {
    const issues = issuesOf(() =>
      buildLaporanDesa(
        data(SATU, { ppm: { pil: -1 }, impPertemuan: 1.5 }),
        DAY,
        {
          unmetNeed: ['hamil', 'hamil'],
        },
      ),
    );
    expect(issues).toEqual([
      { code: 'out_of_range', path: ['data', 'ppm', 'pil'] },
      { code: 'invalid_type', path: ['data', 'impPertemuan'] },
      { code: 'duplicate_value', path: ['options', 'unmetNeed', 1] },
    ]);
    expect(issuesOf(() => buildLaporanDesa(null as never, DAY))).toEqual([
      { code: 'invalid_type', path: ['data'] },
    ]);
  });
});

describe('safeBuildLaporanDesa', () => {
  test.prop([fc.anything(), fc.anything()])(
    'never throws for any values',
    (value, options) => {
      expect(() =>
        safeBuildLaporanDesa(value as never, DAY, options as never),
      ).not.toThrow();
    },
  );
});
