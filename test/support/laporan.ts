import * as fc from 'fast-check';
import {
  AlasanTidakKbSchema,
  type IdJumlah,
  type JumlahIndikator,
  type LaporanDesa,
  type MetodeKontrasepsi,
  MetodeKontrasepsiSchema,
} from '../../src/index.js';

const METODE = MetodeKontrasepsiSchema.options;
const KUNCI_ALASAN = [
  'hamil',
  'inginAnakSegera',
  'inginAnakTunda',
  'tidakInginAnakLagi',
] as const;
const POKTAN = ['terdaftar', 'aktif', 'melapor'] as const;
const TUNGGAL = [
  'kelahiran',
  'perkawinan',
  'perkawinanSebelumnya',
  'pusTidakDapatDitentukan',
  'impPertemuan',
] as const;

/**
 * The counts of a report that no consistency rule ties to another: a
 * negative one breaks only the rule on negative counts.
 */
export const JUMLAH_BEBAS = TUNGGAL;

/** The bulan every generated batch is for. */
export const BULAN = '2025-06';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * A desa code drawn from a small tree (3 provinces, 2 kabupaten each, 3
 * kecamatan each), so that batches share their upper tiers.
 */
export const kodeDesaArb = fc
  .tuple(
    fc.constantFrom('31', '32', '33'),
    fc.integer({ min: 1, max: 2 }),
    fc.integer({ min: 1, max: 3 }),
    fc.integer({ min: 2001, max: 2030 }),
  )
  .map(([p, k, c, d]) => `${p}.${pad(k, 2)}.${pad(c, 2)}.${d}`);

/** The code of the region of a tier above a desa code. */
export function kodeInduk(
  kodeDesa: string,
  tingkat: 'kecamatan' | 'kabupaten-kota' | 'provinsi',
): string {
  const segmen = { kecamatan: 3, 'kabupaten-kota': 2, provinsi: 1 }[tingkat];
  return kodeDesa.split('.').slice(0, segmen).join('.');
}

type Metode = Record<MetodeKontrasepsi, number>;
const metodeArb = (max: number) =>
  fc.tuple(...METODE.map(() => fc.nat({ max })));

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function rincian(nilai: readonly number[], tampil: readonly boolean[]) {
  const metode: Partial<Metode> = {};
  METODE.forEach((m, i) => {
    if (tampil[i]) metode[m] = nilai[i] as number;
  });
  return { total: sum(nilai), metode };
}

/** Options of {@link jumlahKonsistenArb}. */
export type JumlahKonsistenOptions = {
  /** Every count present, every breakdown complete. */
  readonly lengkap?: boolean;
};

const hadirArb = (lengkap: boolean, length: number) =>
  lengkap
    ? fc.constant(Array.from({ length }, () => true))
    : fc.array(fc.boolean(), { minLength: length, maxLength: length });

/**
 * The counts of a consistent desa report. PUS is PA plus the four
 * reasons; PB of each method is at most PA of that method; each total is
 * the sum of its seven methods, some of which may be hidden; Poktan
 * active and reporting are at most those registered. Any count may be
 * absent unless `lengkap`.
 */
export function jumlahKonsistenArb(
  options: JumlahKonsistenOptions = {},
): fc.Arbitrary<JumlahIndikator> {
  const lengkap = options.lengkap ?? false;
  return fc
    .record({
      pa: metodeArb(50),
      pbMentah: metodeArb(50),
      ppm: metodeArb(60),
      alasan: fc.tuple(...KUNCI_ALASAN.map(() => fc.nat({ max: 40 }))),
      terdaftar: fc.nat({ max: 20 }),
      poktanMentah: fc.tuple(fc.nat(), fc.nat()),
      tunggal: fc.tuple(...TUNGGAL.map(() => fc.nat({ max: 100 }))),
      rkp: fc.nat({ max: 1 }),
      hadir: hadirArb(lengkap, 12),
      metodeHadir: hadirArb(lengkap, METODE.length * 3),
      bagianHadir: hadirArb(lengkap, KUNCI_ALASAN.length + POKTAN.length),
    })
    .map((g) => buildJumlah(g));
}

type Bahan = {
  pa: number[];
  pbMentah: number[];
  ppm: number[];
  alasan: number[];
  terdaftar: number;
  poktanMentah: [number, number];
  tunggal: number[];
  rkp: number;
  hadir: boolean[];
  metodeHadir: boolean[];
  bagianHadir: boolean[];
};

function buildJumlah(g: Bahan): JumlahIndikator {
  const pb = g.pa.map((pa, i) => (g.pbMentah[i] as number) % (pa + 1));
  const [aktif, melapor] = g.poktanMentah.map((n) => n % (g.terdaftar + 1));
  const hadir = (i: number) => g.hadir[i] === true;
  const bagian = (i: number) => g.bagianHadir[i] === true;
  const tampil = (k: number) =>
    g.metodeHadir.slice(k * METODE.length, (k + 1) * METODE.length);

  const out: Record<string, unknown> = {};
  TUNGGAL.forEach((key, i) => {
    if (hadir(i)) out[key] = g.tunggal[i];
  });
  if (hadir(5)) out.pus = sum(g.pa) + sum(g.alasan);
  if (hadir(6)) out.pesertaKbAktif = rincian(g.pa, tampil(0));
  if (hadir(7)) out.pesertaKbBaru = rincian(pb, tampil(1));
  if (hadir(8)) out.ppm = rincian(g.ppm, tampil(2));
  if (hadir(9)) out.pusBukanPeserta = subset(KUNCI_ALASAN, g.alasan, bagian);
  const poktan = [g.terdaftar, aktif, melapor] as number[];
  if (hadir(10)) out.poktan = subset(POKTAN, poktan, (i) => bagian(i + 4));
  if (hadir(11)) out.terpaduRkpDesa = g.rkp;
  if (hadir(11)) out.desa = 1;
  return out as JumlahIndikator;
}

function subset(
  keys: readonly string[],
  values: readonly number[],
  tampil: (i: number) => boolean,
): Record<string, number> {
  const out: Record<string, number> = {};
  keys.forEach((key, i) => {
    if (tampil(i)) out[key] = values[i] as number;
  });
  return out;
}

/** A consistent desa report of {@link BULAN}. */
export function laporanKonsistenArb(
  options: JumlahKonsistenOptions = {},
): fc.Arbitrary<LaporanDesa> {
  return fc
    .tuple(kodeDesaArb, jumlahKonsistenArb(options))
    .map(([kode, jumlah]) => ({ kode, bulan: BULAN, jumlah }));
}

/** A batch of consistent reports of {@link BULAN}, each desa once. */
export function batchLaporanArb(
  constraints: { minLength?: number; maxLength?: number } = {},
): fc.Arbitrary<LaporanDesa[]> {
  return fc
    .uniqueArray(kodeDesaArb, {
      minLength: constraints.minLength ?? 0,
      maxLength: constraints.maxLength ?? 12,
    })
    .chain((kode) =>
      fc.tuple(...kode.map(() => jumlahKonsistenArb())).map((jumlah) =>
        kode.map((k, i) => ({
          kode: k,
          bulan: BULAN,
          jumlah: jumlah[i] as JumlahIndikator,
        })),
      ),
    );
}

/** Reads a count of a report by its id; `undefined` when absent. */
export function bacaId(
  jumlah: JumlahIndikator,
  id: IdJumlah,
): number | undefined {
  let current: unknown = jumlah;
  for (const key of id.split('.')) {
    current = (current as Record<string, unknown> | undefined)?.[key];
  }
  return current as number | undefined;
}

/**
 * `count` consistent desa reports built without randomness, spread over
 * 38 provinces, 10 kabupaten each and 10 kecamatan each, for benchmarks
 * of the roll-up (84,000 desa is about the size of Indonesia).
 */
export function buildBatchLaporan(count: number, bulan = BULAN) {
  const laporan: LaporanDesa[] = [];
  for (let i = 0; i < count; i++) {
    const kode = [
      pad((i % 38) + 11, 2),
      pad((Math.floor(i / 38) % 10) + 1, 2),
      pad((Math.floor(i / 380) % 10) + 1, 2),
      String(Math.floor(i / 3800) + 2001),
    ].join('.');
    laporan.push({ kode, bulan, jumlah: jumlahContoh(i) });
  }
  return laporan;
}

function jumlahContoh(i: number): JumlahIndikator {
  const pa = METODE.map((_, m) => (i + m) % 7);
  const alasan = AlasanTidakKbSchema.options.map((_, a) => (i + a) % 5);
  return buildJumlah({
    pa,
    pbMentah: pa.map((n) => Math.floor(n / 2)),
    ppm: METODE.map((_, m) => (i * m) % 9),
    alasan,
    terdaftar: i % 6,
    poktanMentah: [i, i + 1],
    tunggal: TUNGGAL.map((_, t) => (i + t) % 11),
    rkp: i % 2,
    hadir: Array.from({ length: 12 }, (_, h) => (i + h) % 13 !== 0),
    metodeHadir: Array.from({ length: 21 }, () => true),
    bagianHadir: Array.from({ length: 7 }, () => true),
  });
}
