import * as z from 'zod';
import { ImpInputError, type InputIssue, type SafeResult } from '../errors.js';
import { deepFreeze } from '../internal/freeze.js';
import { issue, parseInput, safely } from '../internal/input.js';
import type { Label } from '../label.js';
import {
  KodeDesaSchema,
  KodeKabupatenKotaSchema,
  KodeKecamatanSchema,
  KodeProvinsiSchema,
  type TingkatKode,
} from '../wilayah.js';
import {
  findPelanggaran,
  type IdAturan,
  IdAturanSchema,
} from './konsistensi.js';
import type { AlasanTidakKb } from './kontrasepsi.js';
import {
  alasanGanda,
  type Bulan,
  BulanSchema,
  type ComputeRasioOptions,
  ComputeRasioOptionsSchema,
  hitungRasio,
  ID_JUMLAH,
  type IdJumlah,
  type JumlahIndikator,
  JumlahIndikatorSchema,
  type LaporanDesa,
  LaporanDesaSchema,
  OPSI_RASIO,
  type RasioIndikator,
  ratakan,
  UNMET_NEED_BAWAAN,
} from './laporan.js';

/**
 * The tier of a roll-up: the three regions above the desa that carry a
 * Kemendagri code, and the nation.
 *
 * @category Pemantauan
 */
export type TingkatRollUp = Exclude<TingkatKode, 'desa-kelurahan'> | 'nasional';

/**
 * The summed report of one region.
 *
 * @category Pemantauan
 */
export type TierRollUp = {
  /** The region's code, e.g. `'32.04.11'`; `null` for the nation. */
  readonly kode: string | null;
  /** The tier of the region. */
  readonly tingkat: TingkatRollUp;
  /**
   * The counts summed over the desa of the region. A count is present
   * only when every desa summed reported it. `desa` is always present:
   * the number of desa reports summed.
   */
  readonly jumlah: JumlahIndikator;
  /** The ratios, computed again from the summed counts. */
  readonly rasio: RasioIndikator;
  /** For each count absent here, how many desa lacked it. */
  readonly kurang: { readonly [K in IdJumlah]?: number };
};

/**
 * A desa report left out of a roll-up because it breaks a consistency
 * rule.
 *
 * @category Pemantauan
 */
export type LaporanDilewati = {
  /** The desa's code. */
  readonly kode: string;
  /** The rules it breaks, each once. */
  readonly aturan: readonly IdAturan[];
};

/**
 * The answer of {@link rollUpLaporan} and {@link mergeRollUp}. The
 * records of regions are keyed by code, in code order.
 *
 * @category Pemantauan
 */
export type RollUpResult = {
  /** The month of every report; `null` when no report was given. */
  readonly bulan: Bulan | null;
  /** The whole nation. */
  readonly nasional: TierRollUp;
  /** Each province with a report. */
  readonly provinsi: { readonly [kode: string]: TierRollUp };
  /** Each kabupaten or kota with a report. */
  readonly kabupatenKota: { readonly [kode: string]: TierRollUp };
  /** Each kecamatan with a report. */
  readonly kecamatan: { readonly [kode: string]: TierRollUp };
  /** The codes of the desa summed, in code order. */
  readonly kodeDesa: readonly string[];
  /** The reports left out, in code order. */
  readonly dilewati: readonly LaporanDilewati[];
};

/**
 * Options of {@link rollUpLaporan}.
 *
 * @example
 * // Leave inconsistent reports out instead of refusing the batch
 * const options: RollUpLaporanOptions = { tidakKonsisten: 'lewati' };
 *
 * @category Pemantauan
 */
export const RollUpLaporanOptionsSchema = ComputeRasioOptionsSchema.extend({
  /**
   * What to do with a report that breaks a consistency rule: `'tolak'`
   * (default) refuses the batch with an input error naming the report
   * and the rules; `'lewati'` leaves it out and lists it in `dilewati`.
   */
  tidakKonsisten: z.enum(['tolak', 'lewati']).optional(),
});

/**
 * Options of {@link rollUpLaporan}.
 *
 * @category Pemantauan
 */
export type RollUpLaporanOptions = z.input<typeof RollUpLaporanOptionsSchema>;

// The counts summed; `desa` is not summed from the reports but counted.
const I_DESA = ID_JUMLAH.indexOf('desa');
const SEGMEN = ID_JUMLAH.map((id) => id.split('.'));
const RINCIAN = ['pesertaKbAktif', 'pesertaKbBaru', 'ppm'] as const;

// Widths of the code of a kecamatan, a kabupaten/kota and a province.
const PANJANG = { kecamatan: 8, 'kabupaten-kota': 5, provinsi: 2 } as const;

type Akumulator = {
  readonly jumlah: Float64Array;
  readonly kurang: Float64Array;
  desa: number;
};

const akumulator = (): Akumulator => ({
  jumlah: new Float64Array(ID_JUMLAH.length),
  kurang: new Float64Array(ID_JUMLAH.length),
  desa: 0,
});

function tambahLaporan(acc: Akumulator, v: Float64Array): void {
  for (let i = 0; i < I_DESA; i++) {
    const n = v[i] as number;
    if (Number.isNaN(n)) acc.kurang[i] = (acc.kurang[i] as number) + 1;
    else acc.jumlah[i] = (acc.jumlah[i] as number) + n;
  }
  acc.desa += 1;
}

function tambah(acc: Akumulator, lain: Akumulator): void {
  for (let i = 0; i < I_DESA; i++) {
    acc.jumlah[i] = (acc.jumlah[i] as number) + (lain.jumlah[i] as number);
    acc.kurang[i] = (acc.kurang[i] as number) + (lain.kurang[i] as number);
  }
  acc.desa += lain.desa;
}

type Simpul = Record<string, unknown>;
function anak(o: Simpul, k: string): Simpul {
  const ada = o[k] as Simpul | undefined;
  if (ada) return ada;
  const baru: Simpul = {};
  o[k] = baru;
  return baru;
}

function bentukJumlah(acc: Akumulator): JumlahIndikator {
  const out: Simpul = {};
  for (let i = 0; i < I_DESA; i++) {
    if (acc.desa === 0 || (acc.kurang[i] as number) > 0) continue;
    const [a, b, c] = SEGMEN[i] as [string, string?, string?];
    const v = acc.jumlah[i];
    if (b === undefined) out[a] = v;
    else if (c === undefined) anak(out, a)[b] = v;
    else anak(anak(out, a), b)[c] = v;
  }
  // A breakdown is there only with its total; its methods may all lack.
  for (const r of RINCIAN) if (out[r]) anak(out, r).metode ??= {};
  out.desa = acc.desa;
  return out as JumlahIndikator;
}

function bentukKurang(acc: Akumulator): TierRollUp['kurang'] {
  const out: Partial<Record<IdJumlah, number>> = {};
  for (let i = 0; i < I_DESA; i++) {
    const n = acc.kurang[i] as number;
    if (n > 0) out[ID_JUMLAH[i] as IdJumlah] = n;
  }
  return out;
}

function bentukTier(
  kode: string | null,
  tingkat: TingkatRollUp,
  acc: Akumulator,
  unmetNeed: readonly AlasanTidakKb[],
): TierRollUp {
  const jumlah = bentukJumlah(acc);
  const rasio = hitungRasio(jumlah, unmetNeed);
  return deepFreeze({
    kode,
    tingkat,
    jumlah,
    rasio,
    kurang: bentukKurang(acc),
  });
}

function naik(
  bawah: ReadonlyMap<string, Akumulator>,
  panjang: number,
): Map<string, Akumulator> {
  const atas = new Map<string, Akumulator>();
  for (const [kode, acc] of bawah) {
    const induk = kode.slice(0, panjang);
    const target = atas.get(induk) ?? akumulator();
    atas.set(induk, target);
    tambah(target, acc);
  }
  return atas;
}

type Tingkatan = {
  readonly kecamatan: ReadonlyMap<string, Akumulator>;
  readonly kabupatenKota: ReadonlyMap<string, Akumulator>;
  readonly provinsi: ReadonlyMap<string, Akumulator>;
  readonly nasional: Akumulator;
};

type Bagian = {
  readonly bulan: Bulan | null;
  readonly kodeDesa: string[];
  readonly dilewati: LaporanDilewati[];
};

function rekam(
  peta: ReadonlyMap<string, Akumulator>,
  tingkat: TingkatRollUp,
  unmetNeed: readonly AlasanTidakKb[],
): Record<string, TierRollUp> {
  const out: Record<string, TierRollUp> = {};
  for (const kode of [...peta.keys()].sort()) {
    out[kode] = bentukTier(
      kode,
      tingkat,
      peta.get(kode) as Akumulator,
      unmetNeed,
    );
  }
  return out;
}

function susun(
  t: Tingkatan,
  bagian: Bagian,
  unmetNeed: readonly AlasanTidakKb[],
): RollUpResult {
  return deepFreeze({
    bulan: bagian.bulan,
    nasional: bentukTier(null, 'nasional', t.nasional, unmetNeed),
    provinsi: rekam(t.provinsi, 'provinsi', unmetNeed),
    kabupatenKota: rekam(t.kabupatenKota, 'kabupaten-kota', unmetNeed),
    kecamatan: rekam(t.kecamatan, 'kecamatan', unmetNeed),
    // Frozen flat: a list of codes holds no object that deepFreeze need visit.
    kodeDesa: Object.freeze(bagian.kodeDesa.sort()),
    dilewati: bagian.dilewati.sort(
      (x, y) => Number(x.kode > y.kode) - Number(x.kode < y.kode),
    ),
  });
}

/** True when a sum has grown past what a number holds exactly. */
function melampaui(acc: Akumulator): boolean {
  return acc.jumlah.some((v) => v > Number.MAX_SAFE_INTEGER);
}

const PESAN = {
  bukanDaftar: {
    id: 'Harus berupa daftar laporan yang dapat diulang (iterable).',
    en: 'Must be an iterable of reports.',
  },
  bulanBeda: {
    id: 'Bulan laporan ini berbeda dari laporan lainnya.',
    en: 'This report is for another month than the others.',
  },
  desaGanda: {
    id: 'Desa ini sudah dilaporkan.',
    en: 'This desa has already been reported.',
  },
  terlaluBesar: {
    id: 'Jumlah gabungan melampaui bilangan bulat yang aman.',
    en: 'A summed count exceeds the largest safe integer.',
  },
} as const satisfies Record<string, Label>;

function pesanAturan(aturan: IdAturan): Label {
  return {
    id: `Laporan melanggar aturan konsistensi '${aturan}'.`,
    en: `The report breaks the consistency rule '${aturan}'.`,
  };
}

/**
 * Rolls desa monitoring reports of one month up the tiers of the
 * Kemendagri code: each kecamatan (`32.04.11`), kabupaten or kota
 * (`32.04`), province (`32`) and the nation.
 *
 * Counts add up. Every ratio of a tier is computed again from the tier's
 * summed counts, never averaged over the desa. A count is present at a
 * tier only when every desa under it reported it; otherwise it is absent,
 * and `kurang` says how many desa lacked it.
 *
 * @remarks
 * The reports are read once, in one pass, and none is kept: what the
 * roll-up holds while it reads is a sum per kecamatan and two bytes per
 * desa seen, to refuse a desa given twice. Each report is checked by
 * {@link checkLaporanDesa}: by default an inconsistent report refuses the
 * batch; with `tidakKonsisten: 'lewati'` it is left out and listed in
 * `dilewati`. The monitoring is reported tier by tier, from the desa up to
 * the centre, as the decree sets; the top tier is called `nasional`.
 *
 * @param laporan - Desa reports, see {@link LaporanDesaSchema}, all of
 *   one month, each desa once; any iterable, read once.
 * @param options - What to do with inconsistent reports, and which
 *   reasons count as unmet need; see {@link RollUpLaporanOptions}.
 * @returns The month, a tier for the nation and for each region with a
 *   report, the desa summed and the reports left out. Frozen.
 * @throws {@link ImpInputError} listing every report of the wrong shape,
 *   of another month (`invalid_value`), of a desa already given
 *   (`duplicate_value`, never counted twice) and, unless left out, every
 *   rule an inconsistent report breaks, at the report's index.
 *
 * @example
 * // Two desa of one kecamatan; only one knows its births
 * const hasil = rollUpLaporan([
 *   {
 *     kode: '32.04.11.2001',
 *     bulan: '2025-06',
 *     jumlah: { pus: 100, pesertaKbAktif: { total: 60, metode: {} } },
 *   },
 *   {
 *     kode: '32.04.11.2002',
 *     bulan: '2025-06',
 *     jumlah: {
 *       kelahiran: 3,
 *       pus: 50,
 *       pesertaKbAktif: { total: 45, metode: {} },
 *     },
 *   },
 * ]);
 * const kecamatan = hasil.kecamatan['32.04.11'];
 * [kecamatan?.jumlah.pus, kecamatan?.rasio.paTerhadapPus.nilai];
 * //=> [150, 0.7]
 * [kecamatan?.jumlah.kelahiran, kecamatan?.kurang.kelahiran];
 * //=> [undefined, 1]
 *
 * @see Lampiran BAB IV (Pemantauan dan Evaluasi) huruf A and huruf B.
 * @see Lampiran BAB II huruf B angka 8.
 * @category Pemantauan
 */
export function rollUpLaporan(
  laporan: Iterable<LaporanDesa>,
  options?: RollUpLaporanOptions,
): RollUpResult {
  const issues: InputIssue[] = [];
  const opsi = bacaOpsi(options, issues);
  const iterable = isIterable(laporan);
  if (!iterable)
    issues.push(issue('invalid_type', ['laporan'], PESAN.bukanDaftar));
  const bacaan = baca(iterable ? laporan : [], opsi.tidakKonsisten, issues);

  const kecamatan = bacaan.kecamatan;
  const kabupatenKota = naik(kecamatan, PANJANG['kabupaten-kota']);
  const provinsi = naik(kabupatenKota, PANJANG.provinsi);
  const nasional = naik(provinsi, 0).get('') ?? akumulator();
  if (melampaui(nasional)) {
    issues.push(issue('out_of_range', ['laporan'], PESAN.terlaluBesar));
  }
  lempar(issues);

  const tingkatan = { kecamatan, kabupatenKota, provinsi, nasional };
  const bagian = { ...bacaan, kodeDesa: kodeDesaDari(bacaan) };
  return susun(tingkatan, bagian, opsi.unmetNeed);
}

/**
 * {@link rollUpLaporan} that returns its input error instead of throwing
 * it.
 *
 * @param laporan - As for {@link rollUpLaporan}.
 * @param options - As for {@link rollUpLaporan}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // The same desa reported twice is refused, not counted twice
 * const laporan = { kode: '32.04.11.2001', bulan: '2025-06', jumlah: {} };
 * const result = safeRollUpLaporan([laporan, laporan]);
 * result.success ? null : result.error.issues.map((i) => [i.code, i.path]);
 * //=> [['duplicate_value', ['laporan', 1, 'kode']]]
 *
 * @see Lampiran BAB IV (Pemantauan dan Evaluasi) huruf A and huruf B.
 * @category Pemantauan
 */
export const safeRollUpLaporan: (
  laporan: Iterable<LaporanDesa>,
  options?: RollUpLaporanOptions,
) => SafeResult<RollUpResult> = safely(rollUpLaporan);

const OPSI_ROLLUP = RollUpLaporanOptionsSchema.optional().transform((o) => ({
  unmetNeed: o?.unmetNeed ?? UNMET_NEED_BAWAAN,
  tidakKonsisten: o?.tidakKonsisten ?? 'tolak',
}));

type OpsiRollUp = z.output<typeof OPSI_ROLLUP>;

/** Reads the options; when they are bad, notes why and goes on. */
function bacaOpsi(options: unknown, issues: InputIssue[]): OpsiRollUp {
  const result = safely(() =>
    parseInput({ options: OPSI_ROLLUP }, { options }, (p) =>
      alasanGanda(p.options?.unmetNeed, ['options', 'unmetNeed']),
    ),
  )();
  if (result.success) return result.data.options;
  issues.push(...result.error.issues);
  return OPSI_ROLLUP.parse(undefined);
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    value !== null &&
    value !== undefined &&
    typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function'
  );
}

function lempar(issues: readonly InputIssue[]): void {
  const [first, ...rest] = issues;
  if (first) throw new ImpInputError([first, ...rest]);
}

type Bacaan = {
  bulan: Bulan | null;
  readonly kecamatan: Map<string, Akumulator>;
  /** The desa seen so far, by kecamatan. */
  readonly dilihat: Map<string, DaftarNomor>;
  readonly dilewati: LaporanDilewati[];
  readonly issues: InputIssue[];
  readonly tolak: boolean;
  /** The counts of the report being read, reused from one to the next. */
  readonly rata: Float64Array;
};

function baca(
  laporan: Iterable<unknown>,
  tidakKonsisten: OpsiRollUp['tidakKonsisten'],
  issues: InputIssue[],
): Bacaan {
  const bacaan: Bacaan = {
    bulan: null,
    kecamatan: new Map(),
    dilihat: new Map(),
    dilewati: [],
    issues,
    tolak: tidakKonsisten === 'tolak',
    rata: new Float64Array(ID_JUMLAH.length),
  };
  let indeks = 0;
  for (const item of laporan) bacaSatu(bacaan, item, indeks++);
  return bacaan;
}

function bacaSatu(b: Bacaan, item: unknown, indeks: number): void {
  const parsed = LaporanDesaSchema.safeParse(item);
  if (!parsed.success) {
    b.issues.push(...issuesLaporan(item, indeks));
    return;
  }
  const { kode, bulan, jumlah } = parsed.data;
  b.bulan ??= bulan;
  if (bulan !== b.bulan) {
    b.issues.push(
      issue('invalid_value', ['laporan', indeks, 'bulan'], PESAN.bulanBeda),
    );
  }
  const kodeKecamatan = kode.slice(0, PANJANG.kecamatan);
  if (!lihatDesa(b.dilihat, kodeKecamatan, kode)) {
    b.issues.push(
      issue('duplicate_value', ['laporan', indeks, 'kode'], PESAN.desaGanda),
    );
    return;
  }

  const pelanggaran = findPelanggaran(ratakan(jumlah, b.rata));
  if (pelanggaran.length > 0) {
    tidakKonsisten(b, kode, indeks, pelanggaran);
    return;
  }
  // Once the batch is refused its sums are never read.
  if (b.issues.length > 0) return;
  const acc = b.kecamatan.get(kodeKecamatan) ?? akumulator();
  b.kecamatan.set(kodeKecamatan, acc);
  tambahLaporan(acc, b.rata);
}

/**
 * The desa seen in one kecamatan, by the number that ends their code
 * (four digits, so two bytes each). Holding numbers, not the codes'
 * strings, keeps what a roll-up holds while it reads near the size of its
 * regions; a kecamatan has some tens of desa, so a scan finds one fast.
 */
type DaftarNomor = { nomor: Uint16Array; n: number };

// Room for the desa of a kecamatan before the list first grows, and the
// digits of a desa's own number in its code.
const DESA_AWAL = 16;
const LEBAR_NOMOR_DESA = 4;

/** Notes a desa as seen; false when it was seen before. */
function lihatDesa(
  dilihat: Map<string, DaftarNomor>,
  kodeKecamatan: string,
  kode: string,
): boolean {
  const nomor = Number(kode.slice(PANJANG.kecamatan + 1));
  const daftar = dilihat.get(kodeKecamatan) ?? {
    nomor: new Uint16Array(DESA_AWAL),
    n: 0,
  };
  dilihat.set(kodeKecamatan, daftar);
  for (let i = 0; i < daftar.n; i++) {
    if (daftar.nomor[i] === nomor) return false;
  }
  if (daftar.n === daftar.nomor.length) {
    const lebih = new Uint16Array(daftar.n * 2);
    lebih.set(daftar.nomor);
    daftar.nomor = lebih;
  }
  daftar.nomor[daftar.n++] = nomor;
  return true;
}

/** The codes of the desa seen and summed, that is, not left out. */
function kodeDesaDari(b: Bacaan): string[] {
  const dilewati = new Set(b.dilewati.map((d) => d.kode));
  const out: string[] = [];
  for (const [kodeKecamatan, { nomor, n }] of b.dilihat) {
    for (let i = 0; i < n; i++) {
      const desa = String(nomor[i]).padStart(LEBAR_NOMOR_DESA, '0');
      const kode = `${kodeKecamatan}.${desa}`;
      if (!dilewati.has(kode)) out.push(kode);
    }
  }
  return out;
}

function tidakKonsisten(
  b: Bacaan,
  kode: string,
  indeks: number,
  pelanggaran: ReturnType<typeof findPelanggaran>,
): void {
  if (!b.tolak) {
    const aturan = [...new Set(pelanggaran.map((p) => p.aturan))];
    b.dilewati.push({ kode, aturan });
    return;
  }
  for (const p of pelanggaran) {
    const path = ['laporan', indeks, ...p.path];
    b.issues.push(issue('inconsistent_report', path, pesanAturan(p.aturan)));
  }
}

/** The issues of a report that the fast parse refused, by its index. */
function issuesLaporan(item: unknown, indeks: number): InputIssue[] {
  const result = safely(() =>
    parseInput({ laporan: LaporanDesaSchema }, { laporan: item }),
  )();
  // The fast parse failed, so this one fails too, and names the issues.
  const { error } = result as { error: ImpInputError };
  return error.issues.map((i) => ({
    ...i,
    path: ['laporan', indeks, ...i.path.slice(1)],
  }));
}

const IdJumlahSchema = z.enum(ID_JUMLAH as [IdJumlah, ...IdJumlah[]]);

const tierSchema = <T extends TingkatRollUp>(tingkat: T) =>
  z.object({
    tingkat: z.literal(tingkat),
    jumlah: JumlahIndikatorSchema.extend({ desa: z.int().min(0) }),
    kurang: z.partialRecord(IdJumlahSchema, z.int().min(1)),
  });

type TierMasuk = z.output<ReturnType<typeof tierSchema>>;

// Only what a merge reads is checked; ratios are computed again.
const RollUpSchema = z.object({
  bulan: BulanSchema.nullable(),
  nasional: tierSchema('nasional'),
  provinsi: z.record(KodeProvinsiSchema, tierSchema('provinsi')),
  kabupatenKota: z.record(
    KodeKabupatenKotaSchema,
    tierSchema('kabupaten-kota'),
  ),
  kecamatan: z.record(KodeKecamatanSchema, tierSchema('kecamatan')),
  kodeDesa: z.array(KodeDesaSchema),
  dilewati: z.array(
    z.object({ kode: KodeDesaSchema, aturan: z.array(IdAturanSchema) }),
  ),
});

type RollUpMasuk = z.output<typeof RollUpSchema>;

/**
 * Merges two roll-ups of disjoint sets of desa, as if their reports had
 * been rolled up together: partial results of batches run apart.
 *
 * @remarks
 * Merging is commutative and associative, and the roll-up of no report
 * is its identity. Each part must come from {@link rollUpLaporan} or from
 * this function; the ratios are computed again from the merged counts,
 * so the parts' ratios are not read.
 *
 * @param a - One roll-up.
 * @param b - Another, of other desa and the same month.
 * @param options - Which reasons count as unmet need; see
 *   {@link ComputeRasioOptions}.
 * @returns The roll-up of the desa of both. Frozen.
 * @throws {@link ImpInputError} when a part is not of the documented
 *   shape, the parts are of different months (`invalid_value`), or a desa
 *   is in both (`duplicate_value`).
 *
 * @example
 * // Two batches of one kecamatan
 * const laporan = (kode: string, pus: number) => ({
 *   kode, bulan: '2025-06', jumlah: { pus },
 * });
 * const gabungan = mergeRollUp(
 *   rollUpLaporan([laporan('32.04.11.2001', 100)]),
 *   rollUpLaporan([laporan('32.04.11.2002', 50)]),
 * );
 * [gabungan.kecamatan['32.04.11']?.jumlah.pus, gabungan.nasional.jumlah.desa];
 * //=> [150, 2]
 *
 * @see Lampiran BAB IV (Pemantauan dan Evaluasi) huruf A and huruf B.
 * @category Pemantauan
 */
export function mergeRollUp(
  a: RollUpResult,
  b: RollUpResult,
  options?: ComputeRasioOptions,
): RollUpResult {
  const input = parseInput(
    { a: RollUpSchema, b: RollUpSchema, options: OPSI_RASIO },
    { a, b, options },
    (p) => [
      ...alasanGanda(p.options?.unmetNeed, ['options', 'unmetNeed']),
      ...bulanBeda(p.a, p.b),
      ...desaGanda([
        ['a', p.a],
        ['b', p.b],
      ]),
    ],
  );
  const { a: x, b: y } = input;

  const nasional = keAkumulator(x.nasional);
  tambah(nasional, keAkumulator(y.nasional));
  if (melampaui(nasional)) {
    lempar([issue('out_of_range', ['b'], PESAN.terlaluBesar)]);
  }

  const tingkatan = {
    kecamatan: gabungPeta(x.kecamatan, y.kecamatan),
    kabupatenKota: gabungPeta(x.kabupatenKota, y.kabupatenKota),
    provinsi: gabungPeta(x.provinsi, y.provinsi),
    nasional,
  };
  const bagian = {
    bulan: x.bulan ?? y.bulan,
    kodeDesa: [...x.kodeDesa, ...y.kodeDesa],
    dilewati: [...x.dilewati, ...y.dilewati],
  };
  return susun(tingkatan, bagian, input.options.unmetNeed);
}

/**
 * {@link mergeRollUp} that returns its input error instead of throwing
 * it.
 *
 * @param a - As for {@link mergeRollUp}.
 * @param b - As for {@link mergeRollUp}.
 * @param options - As for {@link mergeRollUp}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // The same desa in both parts is refused
 * const bagian = rollUpLaporan([
 *   { kode: '32.04.11.2001', bulan: '2025-06', jumlah: {} },
 * ]);
 * const result = safeMergeRollUp(bagian, bagian);
 * result.success ? null : result.error.issues[0]?.code;
 * //=> 'duplicate_value'
 *
 * @see Lampiran BAB IV (Pemantauan dan Evaluasi) huruf A and huruf B.
 * @category Pemantauan
 */
export const safeMergeRollUp: (
  a: RollUpResult,
  b: RollUpResult,
  options?: ComputeRasioOptions,
) => SafeResult<RollUpResult> = safely(mergeRollUp);

function bulanBeda(a?: RollUpMasuk, b?: RollUpMasuk): InputIssue[] {
  if (!a?.bulan || !b?.bulan || a.bulan === b.bulan) return [];
  return [issue('invalid_value', ['b', 'bulan'], PESAN.bulanBeda)];
}

function desaGanda(
  bagian: readonly [string, RollUpMasuk | undefined][],
): InputIssue[] {
  const dilihat = new Set<string>();
  const issues: InputIssue[] = [];
  const lihat = (kode: string, path: readonly (string | number)[]) => {
    if (dilihat.has(kode)) {
      issues.push(issue('duplicate_value', path, PESAN.desaGanda));
    }
    dilihat.add(kode);
  };
  for (const [nama, r] of bagian) {
    for (const [i, kode] of (r?.kodeDesa ?? []).entries()) {
      lihat(kode, [nama, 'kodeDesa', i]);
    }
    for (const [i, d] of (r?.dilewati ?? []).entries()) {
      lihat(d.kode, [nama, 'dilewati', i, 'kode']);
    }
  }
  return issues;
}

function keAkumulator(tier: TierMasuk): Akumulator {
  const acc = akumulator();
  const v = ratakan(tier.jumlah, new Float64Array(ID_JUMLAH.length));
  acc.desa = tier.jumlah.desa;
  for (let i = 0; i < I_DESA; i++) {
    const kurang = tier.kurang[ID_JUMLAH[i] as IdJumlah] ?? 0;
    // A count absent without a tally of who lacked it is read as lacked
    // by every desa of the tier: never as a zero.
    if (kurang > 0) acc.kurang[i] = kurang;
    else if (Number.isNaN(v[i])) acc.kurang[i] = acc.desa;
    else acc.jumlah[i] = v[i] as number;
  }
  return acc;
}

function gabungPeta(
  ...peta: readonly Record<string, TierMasuk>[]
): Map<string, Akumulator> {
  const out = new Map<string, Akumulator>();
  for (const tiers of peta) {
    for (const [kode, tier] of Object.entries(tiers)) {
      const acc = out.get(kode) ?? akumulator();
      out.set(kode, acc);
      tambah(acc, keAkumulator(tier));
    }
  }
  return out;
}
