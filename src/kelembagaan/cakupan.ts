import { type Citation, cite, KEPUTUSAN_84_2024 } from '../citation.js';
import type { SafeResult } from '../errors.js';
import { deepFreeze } from '../internal/freeze.js';
import { safely } from '../internal/input.js';
import type { Label } from '../label.js';
import { type Desa, validateDesa } from '../wilayah.js';

/**
 * The growth targets of a desa: one IMP Bangga Kencana, one Sub IMP per
 * RW or dusun, at least three Poktan per RW, one Kelompok KB per RT.
 *
 * @example
 * // At least three Poktan in every RW
 * TARGET_CAKUPAN.poktanPerRw;
 * //=> 3
 *
 * @see Lampiran BAB IV huruf A angka 1.
 * @category Kelembagaan
 */
export const TARGET_CAKUPAN = deepFreeze({
  impPerDesa: 1,
  subImpPerRw: 1,
  poktanPerRw: 3,
  kelompokKbPerRt: 1,
  berlakuSejak: KEPUTUSAN_84_2024.berlakuSejak,
  citation: cite(KEPUTUSAN_84_2024, 'Lampiran BAB IV huruf A angka 1'),
} as const);

/**
 * One place that falls short of a growth target, with a stable id.
 *
 * @category Kelembagaan
 */
export type KekuranganCakupan = {
  readonly id:
    | 'imp-belum-ada'
    | 'sub-imp-belum-ada'
    | 'poktan-kurang'
    | 'kelompok-kb-belum-ada';
  /** The RW, for every gap below the desa. */
  readonly rw?: number;
  /** The RT, for a missing Kelompok KB. */
  readonly rt?: number;
  /** For `poktan-kurang`: the Poktan counted in the RW. */
  readonly jumlahPoktan?: number;
  readonly label: Label;
};

/**
 * The coverage of one RW.
 *
 * @category Kelembagaan
 */
export type CakupanRw = {
  readonly nomor: number;
  readonly subImp: boolean;
  /** Poktan listed at the RW and at its RT. */
  readonly poktan: number;
  readonly rt: number;
  readonly kelompokKb: number;
};

/**
 * The answer of {@link assessCakupan}.
 *
 * @category Kelembagaan
 */
export type CakupanResult = {
  readonly imp: boolean;
  /** Totals over the desa; each is the sum over `perRw`. */
  readonly jumlah: {
    readonly rw: number;
    readonly subImp: number;
    readonly rwPoktanCukup: number;
    readonly rt: number;
    readonly kelompokKb: number;
  };
  readonly perRw: readonly CakupanRw[];
  /** Every gap, the desa first, then by RW in the order given. */
  readonly kekurangan: readonly KekuranganCakupan[];
  readonly citation: Citation;
};

/**
 * Reports how far a desa meets its growth targets, and every place that
 * falls short.
 *
 * @remarks
 * "Minimal 3 poktan tiap RW" is read as `>=`. The decree does not say
 * which groups count (defect 23): the library counts every Poktan listed
 * at the RW and at its RT, of any of the seven kinds, and not those at the
 * desa. The Kelompok KB institution of an RT is not a Poktan here; a
 * Kelompok KB listed among an RT's Poktan is. Where the decree allows more
 * than one IMP in a desa (defect 22), the target of one is still met.
 *
 * @param desa - The desa tree with its institutions.
 * @returns Counts per RW and in total, and every gap. Frozen.
 * @throws {@link ImpInputError} as {@link validateDesa} does.
 *
 * @example
 * // A desa with an IMP and one RW that has a Sub IMP and two Poktan
 * const result = assessCakupan({
 *   kode: '32.04.11.2001',
 *   nama: 'Sukamaju',
 *   imp: true,
 *   rw: [{ nomor: 1, subImp: true, poktan: ['bkb', 'bkr'] }],
 * });
 * result.kekurangan.map((k) => [k.id, k.rw, k.jumlahPoktan]);
 * //=> [['poktan-kurang', 1, 2]]
 *
 * @see Lampiran BAB IV huruf A angka 1.
 * @category Kelembagaan
 */
export function assessCakupan(desa: Desa): CakupanResult {
  const input = validateDesa(desa);
  const perRw = input.rw.map((rw) => ({
    nomor: rw.nomor,
    subImp: rw.subImp,
    poktan: rw.poktan.length + sum(rw.rt.map((rt) => rt.poktan.length)),
    rt: rw.rt.length,
    kelompokKb: rw.rt.filter((rt) => rt.kelompokKb).length,
  }));

  const kekurangan = [
    ...(input.imp ? [] : [gap('imp-belum-ada', {})]),
    ...input.rw.flatMap((rw, i) => gapsOfRw(rw, perRw[i]?.poktan ?? 0)),
  ];

  return deepFreeze({
    imp: input.imp,
    jumlah: {
      rw: perRw.length,
      subImp: perRw.filter((r) => r.subImp).length,
      rwPoktanCukup: perRw.filter((r) => cukup(r.poktan)).length,
      rt: sum(perRw.map((r) => r.rt)),
      kelompokKb: sum(perRw.map((r) => r.kelompokKb)),
    },
    perRw,
    kekurangan,
    citation: TARGET_CAKUPAN.citation,
  });
}

/**
 * {@link assessCakupan} that returns its input error instead of throwing
 * it.
 *
 * @param desa - As for {@link assessCakupan}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // Two RT numbered 1 in one RW are refused
 * const result = safeAssessCakupan({
 *   kode: '32.04.11.2001',
 *   nama: 'Sukamaju',
 *   rw: [{ nomor: 1, rt: [{ nomor: 1 }, { nomor: 1 }] }],
 * });
 * result.success ? null : result.error.issues[0].path;
 * //=> ['desa', 'rw', 0, 'rt', 1, 'nomor']
 *
 * @see Lampiran BAB IV huruf A angka 1.
 * @category Kelembagaan
 */
export const safeAssessCakupan: (desa: Desa) => SafeResult<CakupanResult> =
  safely(assessCakupan);

type RwValid = ReturnType<typeof validateDesa>['rw'][number];

function gapsOfRw(rw: RwValid, poktan: number): KekuranganCakupan[] {
  const at = { rw: rw.nomor };
  return [
    ...(rw.subImp ? [] : [gap('sub-imp-belum-ada', at)]),
    ...(cukup(poktan)
      ? []
      : [gap('poktan-kurang', { ...at, jumlahPoktan: poktan })]),
    ...rw.rt
      .filter((rt) => !rt.kelompokKb)
      .map((rt) => gap('kelompok-kb-belum-ada', { ...at, rt: rt.nomor })),
  ];
}

function cukup(poktan: number): boolean {
  return poktan >= TARGET_CAKUPAN.poktanPerRw;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function gap(
  id: KekuranganCakupan['id'],
  where: Omit<KekuranganCakupan, 'id' | 'label'>,
): KekuranganCakupan {
  return { id, ...where, label: LABEL[id] };
}

const LABEL: { readonly [K in KekuranganCakupan['id']]: Label } = {
  'imp-belum-ada': {
    id: 'Desa/kelurahan belum memiliki IMP Bangga Kencana.',
    en: 'The village has no IMP Bangga Kencana yet.',
  },
  'sub-imp-belum-ada': {
    id: 'RW/dusun ini belum memiliki Sub IMP Bangga Kencana.',
    en: 'This RW or hamlet has no Sub IMP yet.',
  },
  'poktan-kurang': {
    id: 'RW ini memiliki kurang dari 3 Poktan.',
    en: 'This RW has fewer than 3 Poktan.',
  },
  'kelompok-kb-belum-ada': {
    id: 'RT ini belum memiliki Kelompok KB.',
    en: 'This RT has no Kelompok KB yet.',
  },
};
