import * as z from 'zod';
import { type Citation, cite, KEPUTUSAN_84_2024 } from '../citation.js';
import type { SafeResult } from '../errors.js';
import { deepFreeze } from '../internal/freeze.js';
import { parseInput, safely } from '../internal/input.js';
import type { Label } from '../label.js';
import {
  MetodeKontrasepsiSchema,
  SUMBER_OPERASIONAL as S,
} from './kontrasepsi.js';
import {
  ID_JUMLAH,
  type IdJumlah,
  INDIKATOR,
  type JumlahIndikator,
  type LaporanDesa,
  LaporanDesaSchema,
  pathJumlah,
  ratakan,
} from './laporan.js';

/**
 * The stable ids of the consistency rules of a desa report; see
 * {@link ATURAN_KONSISTENSI}.
 *
 * @example
 * // The first rule
 * IdAturanSchema.options[0];
 * //=> 'jumlah-tidak-negatif'
 *
 * @see Lampiran BAB II huruf B angka 8.
 * @category Pemantauan
 */
export const IdAturanSchema = z.enum([
  'jumlah-tidak-negatif',
  'pa-tidak-melebihi-pus',
  'pus-sama-dengan-peserta-dan-bukan-peserta',
  'pb-tidak-melebihi-pa',
  'pb-metode-tidak-melebihi-pa-metode',
  'metode-sesuai-total',
  'poktan-aktif-tidak-melebihi-terdaftar',
  'poktan-melapor-tidak-melebihi-terdaftar',
  'desa-satu',
  'rkp-desa-paling-banyak-satu',
]);

/**
 * The id of a consistency rule.
 *
 * @category Pemantauan
 */
export type IdAturan = z.output<typeof IdAturanSchema>;

/**
 * One consistency rule of a desa report.
 *
 * @category Pemantauan
 */
export type AturanKonsistensi = {
  /** The rule's stable id. */
  readonly id: IdAturan;
  /** What the rule asks, in both languages. */
  readonly label: Label;
  /** The clause of the indicator the rule guards. */
  readonly citation: Citation;
  /**
   * The operational definitions the rule rests on, beyond the decree;
   * empty when the decree's own words suffice.
   */
  readonly dasar: readonly Citation[];
  /** True when the rule rests on an operational definition. */
  readonly operasional: boolean;
};

const huruf = (h: string) =>
  cite(KEPUTUSAN_84_2024, `Lampiran BAB II huruf B angka 8${h}`);

type Bahan = [string, string, Citation, (readonly Citation[])?];

function aturan(
  id: IdAturan,
  [nama, en, citation, dasar = []]: Bahan,
): AturanKonsistensi {
  const label = { id: nama, en };
  return { id, label, citation, dasar, operasional: dasar.length > 0 };
}

/**
 * The rules a consistent desa report keeps, keyed by id, each with the
 * clause of the indicator it guards and the operational definitions it
 * rests on.
 *
 * - `jumlah-tidak-negatif`: no count is below 0;
 * - `pa-tidak-melebihi-pus`: PA total at most PUS;
 * - `pus-sama-dengan-peserta-dan-bukan-peserta`: PUS equals PA total plus
 *   the four reasons of not taking part, when all are known;
 * - `pb-tidak-melebihi-pa`: PB total at most PA total;
 * - `pb-metode-tidak-melebihi-pa-metode`: PB of a method at most PA of
 *   that method;
 * - `metode-sesuai-total`: the methods of PA, PB or PPM add up to the
 *   total when all seven are known, and never exceed it;
 * - `poktan-aktif-tidak-melebihi-terdaftar`,
 *   `poktan-melapor-tidak-melebihi-terdaftar`: no more active or
 *   reporting Poktan than registered;
 * - `desa-satu`: a desa report counts one desa;
 * - `rkp-desa-paling-banyak-satu`: one desa's RKP counts at most once.
 *
 * @remarks
 * The rules on PA and PB read a participant as a PUS using a method, and
 * a new participant as one who began a method in the period and uses it
 * still; switching method does not make a new participant. A new
 * participant who stops within the month would break these rules, which
 * is why they rest on operational definitions. No rule ties PB to PPM: a
 * target may be exceeded (defect 27).
 *
 * @example
 * // The rule on PB rests on the operational definitions of PA and PB
 * ATURAN_KONSISTENSI['pb-tidak-melebihi-pa'].operasional;
 * //=> true
 *
 * @see Lampiran BAB II huruf B angka 8.
 * @category Pemantauan
 */
export const ATURAN_KONSISTENSI: {
  readonly [K in IdAturan]: AturanKonsistensi;
} = deepFreeze({
  'jumlah-tidak-negatif': aturan('jumlah-tidak-negatif', [
    'Tidak ada jumlah yang kurang dari 0.',
    'No count is below 0.',
    huruf(''),
  ]),
  'pa-tidak-melebihi-pus': aturan('pa-tidak-melebihi-pus', [
    'Jumlah PA tidak melebihi jumlah PUS.',
    'PA do not exceed PUS.',
    huruf(' huruf c'),
    [S.pesertaKbAktif],
  ]),
  'pus-sama-dengan-peserta-dan-bukan-peserta': aturan(
    'pus-sama-dengan-peserta-dan-bukan-peserta',
    [
      'PUS sama dengan PA ditambah PUS bukan peserta menurut alasannya.',
      'PUS equal PA plus the PUS not taking part, by reason.',
      huruf(' huruf c'),
      [S.pesertaKbAktif, S.alasanTidakKb],
    ],
  ),
  'pb-tidak-melebihi-pa': aturan('pb-tidak-melebihi-pa', [
    'Jumlah PB tidak melebihi jumlah PA.',
    'PB do not exceed PA.',
    huruf(' huruf c'),
    [S.pesertaKbAktif, S.pesertaKbBaru],
  ]),
  'pb-metode-tidak-melebihi-pa-metode': aturan(
    'pb-metode-tidak-melebihi-pa-metode',
    [
      'PB suatu metode tidak melebihi PA metode yang sama.',
      'PB of a method do not exceed PA of that method.',
      huruf(' huruf c'),
      [S.pesertaKbAktif, S.pesertaKbBaru],
    ],
  ),
  'metode-sesuai-total': aturan('metode-sesuai-total', [
    'Rincian per metode tidak melebihi total, dan sama bila lengkap.',
    'The methods never exceed the total, and equal it when complete.',
    huruf(' huruf c'),
    [S.ppm],
  ]),
  'poktan-aktif-tidak-melebihi-terdaftar': aturan(
    'poktan-aktif-tidak-melebihi-terdaftar',
    [
      'Poktan aktif tidak melebihi Poktan terdaftar.',
      'Active Poktan do not exceed registered Poktan.',
      huruf(' huruf d'),
    ],
  ),
  'poktan-melapor-tidak-melebihi-terdaftar': aturan(
    'poktan-melapor-tidak-melebihi-terdaftar',
    [
      'Poktan yang melapor tidak melebihi Poktan terdaftar.',
      'Reporting Poktan do not exceed registered Poktan.',
      huruf(' huruf e'),
    ],
  ),
  'desa-satu': aturan('desa-satu', [
    'Laporan satu desa menghitung tepat 1 desa.',
    'The report of one desa counts exactly 1 desa.',
    cite(
      KEPUTUSAN_84_2024,
      'Lampiran BAB IV (Pemantauan dan Evaluasi) huruf B',
    ),
  ]),
  'rkp-desa-paling-banyak-satu': aturan('rkp-desa-paling-banyak-satu', [
    'RKP satu desa dihitung paling banyak 1 kali.',
    'The RKP of one desa counts at most once.',
    huruf(' huruf f'),
  ]),
});

/**
 * One rule a report breaks, and where.
 *
 * @category Pemantauan
 */
export type Pelanggaran = {
  /** The rule broken. */
  readonly aturan: IdAturan;
  /** Where in the report, e.g. `['jumlah', 'pesertaKbBaru', 'total']`. */
  readonly path: readonly string[];
  /** What the rule asks, in both languages. */
  readonly label: Label;
  /** The clause guarded: of the count, or else of the rule. */
  readonly citation: Citation;
};

/**
 * The answer of {@link checkLaporanDesa}.
 *
 * @category Pemantauan
 */
export type KonsistensiResult = {
  /** True when no rule is broken. */
  readonly konsisten: boolean;
  /** Every rule broken, in the order of the catalogue. */
  readonly pelanggaran: readonly Pelanggaran[];
};

/**
 * Checks a desa monitoring report against every consistency rule of
 * {@link ATURAN_KONSISTENSI}, and lists each rule it breaks with the
 * path of the count at fault.
 *
 * A rule that needs a count the report leaves out is not applied: what
 * is unknown breaks nothing. A broken rule is a finding, not an input
 * error; only a report of the wrong shape throws.
 *
 * @remarks
 * The findings name paths and rules, never the counts themselves.
 *
 * @param laporan - The report, see {@link LaporanDesaSchema}.
 * @returns Whether the report is consistent, and every rule broken.
 *   Frozen.
 * @throws {@link ImpInputError} when `laporan` is not of the documented
 *   shape.
 *
 * @example
 * // More new participants than active ones
 * const result = checkLaporanDesa({
 *   kode: '32.04.11.2001',
 *   bulan: '2025-06',
 *   jumlah: {
 *     pesertaKbAktif: { total: 10, metode: {} },
 *     pesertaKbBaru: { total: 12, metode: {} },
 *   },
 * });
 * [result.konsisten, result.pelanggaran.map((p) => p.aturan)];
 * //=> [false, ['pb-tidak-melebihi-pa']]
 *
 * @see Lampiran BAB II huruf B angka 8.
 * @category Pemantauan
 */
export function checkLaporanDesa(laporan: LaporanDesa): KonsistensiResult {
  const input = parseInput({ laporan: LaporanDesaSchema }, { laporan });
  const pelanggaran = findPelanggaran(ratakanBaru(input.laporan.jumlah));
  return deepFreeze({ konsisten: pelanggaran.length === 0, pelanggaran });
}

/**
 * {@link checkLaporanDesa} that returns its input error instead of
 * throwing it.
 *
 * @param laporan - As for {@link checkLaporanDesa}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // A desa code without its kecamatan is an input error
 * safeCheckLaporanDesa({ kode: '2001', bulan: '2025-06', jumlah: {} })
 *   .success;
 * //=> false
 *
 * @see Lampiran BAB II huruf B angka 8.
 * @category Pemantauan
 */
export const safeCheckLaporanDesa: (
  laporan: LaporanDesa,
) => SafeResult<KonsistensiResult> = safely(checkLaporanDesa);

const TIDAK_ADA: readonly Pelanggaran[] = Object.freeze([]);
const URUTAN = Object.fromEntries(
  IdAturanSchema.options.map((id, i) => [id, i]),
) as Record<IdAturan, number>;
const N = ID_JUMLAH.length;
const INDEKS = new Map(ID_JUMLAH.map((id, i) => [id, i]));
const PATH = ID_JUMLAH.map((id) => Object.freeze(pathJumlah(id)));
const at = (id: IdJumlah) => INDEKS.get(id) as number;

/** Reads a report's counts into a new flat array. @internal */
export function ratakanBaru(j: JumlahIndikator): Float64Array {
  return ratakan(j, new Float64Array(N));
}

// The rules "one count at most another", as pairs of count ids; a
// finding points at the first. NaN (absent) compares false, so a rule
// that lacks a count is not applied.
const BATAS: readonly (readonly [IdAturan, number, number])[] = [
  ['pa-tidak-melebihi-pus', at('pesertaKbAktif.total'), at('pus')],
  [
    'pb-tidak-melebihi-pa',
    at('pesertaKbBaru.total'),
    at('pesertaKbAktif.total'),
  ],
  ...MetodeKontrasepsiSchema.options.map(
    (m) =>
      [
        'pb-metode-tidak-melebihi-pa-metode',
        at(`pesertaKbBaru.metode.${m}`),
        at(`pesertaKbAktif.metode.${m}`),
      ] as const,
  ),
  [
    'poktan-aktif-tidak-melebihi-terdaftar',
    at('poktan.aktif'),
    at('poktan.terdaftar'),
  ],
  [
    'poktan-melapor-tidak-melebihi-terdaftar',
    at('poktan.melapor'),
    at('poktan.terdaftar'),
  ],
];

const RINCIAN = (['pesertaKbAktif', 'pesertaKbBaru', 'ppm'] as const).map(
  (r) => [at(`${r}.total`), Object.freeze(['jumlah', r, 'metode'])] as const,
);
const JUMLAH_METODE = MetodeKontrasepsiSchema.options.length;
const PUS = at('pus');
const PESERTA = [
  at('pesertaKbAktif.total'),
  ...(
    [
      'hamil',
      'inginAnakSegera',
      'inginAnakTunda',
      'tidakInginAnakLagi',
    ] as const
  ).map((k) => at(`pusBukanPeserta.${k}`)),
];
const DESA = at('desa');
const RKP = at('terpaduRkpDesa');

// A desa report stands for one desa, whose RKP is counted at most once.
const SATU_DESA = 1;

function catat(
  found: Pelanggaran[] | undefined,
  aturan: IdAturan,
  path: readonly string[],
  citation = ATURAN_KONSISTENSI[aturan].citation,
): Pelanggaran[] {
  const out = found ?? [];
  out.push({ aturan, path, label: ATURAN_KONSISTENSI[aturan].label, citation });
  return out;
}

/**
 * Every rule broken by the counts of a report, flattened by `ratakan`.
 * Returns one shared empty list when none is, so that a consistent report
 * costs no allocation. @internal
 */
export function findPelanggaran(v: Float64Array): readonly Pelanggaran[] {
  let found: Pelanggaran[] | undefined;
  for (let i = 0; i < N; i++) {
    if ((v[i] as number) < 0) {
      const id = ID_JUMLAH[i] as IdJumlah;
      found = catat(
        found,
        'jumlah-tidak-negatif',
        PATH[i] as readonly string[],
        INDIKATOR[id].citation,
      );
    }
  }
  found = cekPus(v, cekBatas(v, found));
  for (const [total, path] of RINCIAN) {
    if (!metodeSesuai(v, total)) {
      found = catat(found, 'metode-sesuai-total', path);
    }
  }
  found = cekDesa(v, found);
  // Findings go in the order of the catalogue; the sort keeps the order
  // of paths within one rule.
  return (
    found?.sort((a, b) => URUTAN[a.aturan] - URUTAN[b.aturan]) ?? TIDAK_ADA
  );
}

function cekBatas(v: Float64Array, found?: Pelanggaran[]) {
  let out = found;
  for (const [aturan, kiri, kanan] of BATAS) {
    if ((v[kiri] as number) > (v[kanan] as number)) {
      out = catat(out, aturan, PATH[kiri] as readonly string[]);
    }
  }
  return out;
}

/** PUS is PA plus the four reasons, when all of them are known. */
function cekPus(v: Float64Array, found?: Pelanggaran[]) {
  let jumlah = 0;
  for (const i of PESERTA) jumlah += v[i] as number;
  // A sum with an absent count is NaN, and NaN equals nothing.
  const pus = v[PUS] as number;
  if (Number.isNaN(jumlah) || Number.isNaN(pus) || jumlah === pus) return found;
  return catat(
    found,
    'pus-sama-dengan-peserta-dan-bukan-peserta',
    PATH[PUS] as readonly string[],
  );
}

/**
 * The known methods never exceed the total, and equal it when all are.
 * In ID_JUMLAH the seven methods follow their total.
 */
function metodeSesuai(v: Float64Array, total: number): boolean {
  const t = v[total] as number;
  // Without a total there is no breakdown to check.
  if (Number.isNaN(t)) return true;
  let jumlah = 0;
  let lengkap = true;
  for (let i = total + 1; i <= total + JUMLAH_METODE; i++) {
    const n = v[i] as number;
    if (Number.isNaN(n)) lengkap = false;
    else jumlah += n;
  }
  return lengkap ? jumlah === t : jumlah <= t;
}

function cekDesa(v: Float64Array, found?: Pelanggaran[]) {
  let out = found;
  const desa = v[DESA] as number;
  if (!Number.isNaN(desa) && desa !== SATU_DESA) {
    out = catat(out, 'desa-satu', PATH[DESA] as readonly string[]);
  }
  if ((v[RKP] as number) > SATU_DESA) {
    out = catat(
      out,
      'rkp-desa-paling-banyak-satu',
      PATH[RKP] as readonly string[],
    );
  }
  return out;
}
