import * as z from 'zod';
import type { SafeResult } from '../errors.js';
import { bulanTanpa, periodeInOrder } from '../internal/bulan.js';
import { deepFreeze } from '../internal/freeze.js';
import { parseInput, safely } from '../internal/input.js';
import { type Tanggal, TanggalSchema } from '../tanggal.js';
import { PeriodeSchema } from './bulan.js';

/**
 * The meeting records of an IMP over a period: each meeting's day, tier
 * and whether minutes were taken, and whether a work plan exists. Other
 * keys of a meeting are ignored.
 *
 * @example
 * // A meeting without a word on minutes counts as one without
 * CatatanPertemuanSchema.parse({
 *   periode: { mulai: '2025-01-01', selesai: '2025-01-31' },
 *   rencanaKerja: false,
 *   pertemuan: [{ tanggal: '2025-01-10', tingkat: 'imp' }],
 * }).pertemuan[0].notulen;
 * //=> false
 *
 * @category Klasifikasi
 */
export const CatatanPertemuanSchema = z.object({
  periode: PeriodeSchema,
  rencanaKerja: z.boolean(),
  pertemuan: z.array(
    z.object({
      tanggal: TanggalSchema,
      tingkat: z.enum(['imp', 'sub-imp', 'kelompok-kb']),
      notulen: z.boolean().default(false),
    }),
  ),
});

/**
 * Meeting records as {@link derivePertemuan} reads them.
 *
 * @category Klasifikasi
 */
export type CatatanPertemuan = z.input<typeof CatatanPertemuanSchema>;

/**
 * The answer of {@link derivePertemuan}.
 *
 * @category Klasifikasi
 */
export type PertemuanDerived = {
  /** The meeting facts, as {@link PenilaianSchema} reads them. */
  readonly pertemuan: {
    readonly pelaksanaan: 'tidak-ada' | 'tidak-berkala' | 'rutin-bulanan';
    readonly rencanaKerja: boolean;
    readonly notulen: boolean;
    readonly berjenjang: boolean;
  };
  /** The months of the period without a meeting, `YYYY-MM`. */
  readonly bulanTanpaPertemuan: readonly string[];
};

/**
 * Derives the meeting facts of a penilaian from meeting records over a
 * period.
 *
 * @remarks
 * Only meetings inside the period count. `'rutin-bulanan'` means a
 * meeting, at any tier, in every calendar month of the period
 * (regulation reading 6); some meetings but not every month give
 * `'tidak-berkala'`. `notulen` holds when every meeting counted has
 * minutes, since the class asks that minutes be kept, not that one was
 * once written; with no meeting it is false. `berjenjang` holds when
 * meetings were held at more than one tier (regulation reading 7).
 *
 * @param catatan - The records, see {@link CatatanPertemuanSchema}.
 * @returns The facts and the months without a meeting. Frozen.
 * @throws {@link ImpInputError} when the records are not of the
 *   documented shape or the period ends before it starts.
 *
 * @example
 * // Monthly IMP meetings with minutes, and one at RW level
 * const { pertemuan } = derivePertemuan({
 *   periode: { mulai: '2025-01-01', selesai: '2025-02-28' },
 *   rencanaKerja: true,
 *   pertemuan: [
 *     { tanggal: '2025-01-08', tingkat: 'imp', notulen: true },
 *     { tanggal: '2025-02-05', tingkat: 'imp', notulen: true },
 *     { tanggal: '2025-02-20', tingkat: 'sub-imp', notulen: true },
 *   ],
 * });
 * [pertemuan.pelaksanaan, pertemuan.notulen, pertemuan.berjenjang];
 * //=> ['rutin-bulanan', true, true]
 *
 * @see Lampiran BAB IV huruf C angka 2 huruf b, angka 3 huruf b.
 * @category Klasifikasi
 */
export function derivePertemuan(catatan: CatatanPertemuan): PertemuanDerived {
  const input = parseInput(
    { catatan: CatatanPertemuanSchema },
    { catatan },
    (p) =>
      periodeInOrder(['catatan', 'periode', 'selesai'], p.catatan?.periode),
  );
  return deepFreeze(pertemuanOf(input.catatan));
}

/**
 * {@link derivePertemuan} that returns its input error instead of
 * throwing it.
 *
 * @param catatan - As for {@link derivePertemuan}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // A period that ends before it starts
 * const result = safeDerivePertemuan({
 *   periode: { mulai: '2025-03-01', selesai: '2025-01-31' },
 *   rencanaKerja: true,
 *   pertemuan: [],
 * });
 * result.success ? null : result.error.issues[0].code;
 * //=> 'out_of_range'
 *
 * @see Lampiran BAB IV huruf C angka 2 huruf b.
 * @category Klasifikasi
 */
export const safeDerivePertemuan: (
  catatan: CatatanPertemuan,
) => SafeResult<PertemuanDerived> = safely(derivePertemuan);

/** Meeting facts of valid records. */
export function pertemuanOf(
  catatan: z.output<typeof CatatanPertemuanSchema>,
): PertemuanDerived {
  const { mulai, selesai } = catatan.periode;
  const held = catatan.pertemuan.filter(
    (m) => mulai <= m.tanggal && m.tanggal <= selesai,
  );
  const days: Tanggal[] = held.map((m) => m.tanggal);
  const bulanTanpaPertemuan = bulanTanpa(catatan.periode, days);

  let pelaksanaan: PertemuanDerived['pertemuan']['pelaksanaan'] = 'tidak-ada';
  if (held.length > 0) {
    pelaksanaan =
      bulanTanpaPertemuan.length === 0 ? 'rutin-bulanan' : 'tidak-berkala';
  }
  return {
    pertemuan: {
      pelaksanaan,
      rencanaKerja: catatan.rencanaKerja,
      notulen: held.length > 0 && held.every((m) => m.notulen),
      berjenjang: new Set(held.map((m) => m.tingkat)).size > 1,
    },
    bulanTanpaPertemuan,
  };
}
