import * as z from 'zod';
import type { SafeResult } from '../errors.js';
import { deepFreeze } from '../internal/freeze.js';
import { parseInput, safely } from '../internal/input.js';
import { JenisPoktanSchema } from '../kelembagaan/institusi.js';
import { AMBANG_KLASIFIKASI } from './kriteria.js';

/**
 * The Poktan of a desa as {@link derivePoktan} reads them: each group's
 * kind and whether it is active. Other keys are ignored.
 *
 * @example
 * // An inactive BKB
 * PoktanDesaSchema.parse([{ jenis: 'bkb', aktif: false, nama: 'Melati' }]);
 * //=> [{ jenis: 'bkb', aktif: false }]
 *
 * @category Klasifikasi
 */
export const PoktanDesaSchema = z.array(
  z.object({ jenis: JenisPoktanSchema, aktif: z.boolean() }),
);

/**
 * The Poktan of a desa as {@link derivePoktan} reads them.
 *
 * @category Klasifikasi
 */
export type PoktanDesa = z.input<typeof PoktanDesaSchema>;

/**
 * The service facts of a penilaian that the Poktan give.
 *
 * @category Klasifikasi
 */
export type PoktanDerived = {
  /** Active kinds among BKB, BKR, BKL and PIK Remaja, each once. */
  readonly binaKeluarga: readonly ('bkb' | 'bkr' | 'bkl' | 'pik-remaja')[];
  /** Whether an active UPPKA exists. */
  readonly uppka: boolean;
};

/**
 * Derives the bina keluarga kinds and UPPKA of a penilaian from the
 * Poktan of the desa.
 *
 * @remarks
 * Only active groups count. Kinds are counted among BKB, BKR, BKL and
 * PIK Remaja (regulation reading 5), each once, in that order; Kelompok
 * KB and Rumah Dataku are no bina keluarga.
 *
 * @param poktan - The groups, see {@link PoktanDesaSchema}.
 * @returns The active kinds and whether an active UPPKA exists. Frozen.
 * @throws {@link ImpInputError} when the list is not of the documented
 *   shape.
 *
 * @example
 * // Two BKB, an inactive BKR and an active UPPKA
 * derivePoktan([
 *   { jenis: 'bkb', aktif: true },
 *   { jenis: 'bkb', aktif: true },
 *   { jenis: 'bkr', aktif: false },
 *   { jenis: 'uppka', aktif: true },
 * ]);
 * //=> { binaKeluarga: ['bkb'], uppka: true }
 *
 * @see Lampiran BAB IV huruf C angka 2 huruf e.
 * @category Klasifikasi
 */
export function derivePoktan(poktan: PoktanDesa): PoktanDerived {
  const input = parseInput({ poktan: PoktanDesaSchema }, { poktan });
  return deepFreeze(poktanOf(input.poktan));
}

/**
 * {@link derivePoktan} that returns its input error instead of throwing
 * it.
 *
 * @param poktan - As for {@link derivePoktan}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // An unknown kind of group is refused
 * const result = safeDerivePoktan([{ jenis: 'posyandu', aktif: true }]);
 * result.success ? null : result.error.issues[0].code;
 * //=> 'invalid_value'
 *
 * @see Lampiran BAB IV huruf C angka 2 huruf e.
 * @category Klasifikasi
 */
export const safeDerivePoktan: (
  poktan: PoktanDesa,
) => SafeResult<PoktanDerived> = safely(derivePoktan);

/** Service facts of a valid list of Poktan. */
export function poktanOf(
  poktan: z.output<typeof PoktanDesaSchema>,
): PoktanDerived {
  const aktif = new Set(poktan.filter((p) => p.aktif).map((p) => p.jenis));
  return {
    binaKeluarga: AMBANG_KLASIFIKASI.binaKeluarga.jenis.filter((j) =>
      aktif.has(j),
    ),
    uppka: aktif.has('uppka'),
  };
}
