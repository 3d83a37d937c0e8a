import type * as z from 'zod';
import type { SafeResult } from '../errors.js';
import { deepFreeze } from '../internal/freeze.js';
import { parseInput, safely } from '../internal/input.js';
import {
  type Kepengurusan,
  KepengurusanSchema,
} from '../kelembagaan/kepengurusan.js';

/**
 * The organisation facts of a penilaian, as {@link derivePengorganisasian}
 * gives them.
 *
 * @category Klasifikasi
 */
export type PengorganisasianDerived = {
  readonly kepengurusan: boolean;
  readonly pembagianTugas: 'tidak-ada' | 'ada' | 'jelas';
  readonly bidang: boolean;
};

/**
 * Derives the organisation facts of a penilaian from the kepengurusan
 * roster.
 *
 * @remarks
 * The board is the Ketua, Sekretaris, Bendahara and the three bidang;
 * the Penanggung jawab and Pembina stand outside it. `kepengurusan`
 * holds when a Ketua is named, which a single-leader IMP also meets
 * (Lampiran BAB IV huruf A angka 2 penjelasan huruf a). `pembagianTugas`
 * is `'jelas'` when every filled position of the board has written
 * tasks, `'ada'` when some do, `'tidak-ada'` when none does.
 * `bidang` holds when all three bidang are filled (Lampiran BAB III
 * huruf B angka 1 lists them; defect 14).
 *
 * @param kepengurusan - The roster, see {@link KepengurusanSchema}.
 * @returns The three organisation facts. Frozen.
 * @throws {@link ImpInputError} when the roster is not of the documented
 *   shape.
 *
 * @example
 * // A Ketua with written tasks and a Sekretaris without
 * derivePengorganisasian({
 *   ketua: { nama: 'Ahmad', tugas: ['memimpin rapat'] },
 *   sekretaris: { nama: 'Sri' },
 * });
 * //=> { kepengurusan: true, pembagianTugas: 'ada', bidang: false }
 *
 * @see Lampiran BAB IV huruf C angka 1 huruf a.
 * @category Klasifikasi
 */
export function derivePengorganisasian(
  kepengurusan: Kepengurusan,
): PengorganisasianDerived {
  const input = parseInput(
    { kepengurusan: KepengurusanSchema },
    { kepengurusan },
  );
  return deepFreeze(pengorganisasianOf(input.kepengurusan));
}

/**
 * {@link derivePengorganisasian} that returns its input error instead of
 * throwing it.
 *
 * @param kepengurusan - As for {@link derivePengorganisasian}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // A Ketua without a name is refused
 * const result = safeDerivePengorganisasian({ ketua: { nama: ' ' } });
 * result.success ? null : result.error.issues[0].path;
 * //=> ['kepengurusan', 'ketua', 'nama']
 *
 * @see Lampiran BAB IV huruf C angka 1 huruf a.
 * @category Klasifikasi
 */
export const safeDerivePengorganisasian: (
  kepengurusan: Kepengurusan,
) => SafeResult<PengorganisasianDerived> = safely(derivePengorganisasian);

/** Organisation facts of a valid roster. */
export function pengorganisasianOf(
  roster: z.output<typeof KepengurusanSchema>,
): PengorganisasianDerived {
  const { data, kiePenggerakan, pelayanan } = roster.bidang;
  const bidang = [data, kiePenggerakan, pelayanan];
  const board = [
    roster.ketua,
    roster.sekretaris,
    roster.bendahara,
    ...bidang,
  ].filter((p) => p !== undefined);
  const written = board.filter((p) => p.tugas.length > 0).length;

  let pembagianTugas: PengorganisasianDerived['pembagianTugas'] = 'tidak-ada';
  if (written > 0) pembagianTugas = written === board.length ? 'jelas' : 'ada';
  return {
    kepengurusan: roster.ketua !== undefined,
    pembagianTugas,
    bidang: bidang.every((p) => p !== undefined),
  };
}
