import * as z from 'zod';
import { bulanTanpa, periodeInOrder } from '../internal/bulan.js';
import { deepFreeze } from '../internal/freeze.js';
import { parseInput } from '../internal/input.js';
import { TanggalSchema } from '../tanggal.js';

/**
 * A period of assessment, from `mulai` to `selesai`, both days included.
 *
 * @example
 * // The first half of 2025
 * PeriodeSchema.parse({ mulai: '2025-01-01', selesai: '2025-06-30' }).mulai;
 * //=> '2025-01-01'
 *
 * @category Klasifikasi
 */
export const PeriodeSchema = z.object({
  mulai: TanggalSchema,
  selesai: TanggalSchema,
});

/**
 * A period as {@link PeriodeSchema} reads it.
 *
 * @category Klasifikasi
 */
export type Periode = z.input<typeof PeriodeSchema>;

/**
 * Lists the calendar months of a period, as `YYYY-MM`, in which none of
 * the given days falls.
 *
 * @remarks
 * A month counts when any of its days is inside the period, so a period
 * from 20 January to 5 March has the months January, February and March.
 * Days outside the period are ignored. Months are counted by integer
 * arithmetic on year and month, so no time zone can move them.
 *
 * @param periode - The period, see {@link PeriodeSchema}.
 * @param tanggal - The days with a record, `YYYY-MM-DD`, in any order.
 * @returns The months without a record, oldest first. Frozen.
 * @throws {@link ImpInputError} when a date is not real or the period
 *   ends before it starts.
 *
 * @example
 * // A quarter with records in January and March only
 * listBulanTanpaCatatan(
 *   { mulai: '2025-01-01', selesai: '2025-03-31' },
 *   ['2025-01-15', '2025-03-02', '2024-12-30'],
 * );
 * //=> ['2025-02']
 *
 * @see Lampiran BAB III huruf C angka 3 huruf a angka 2).
 * @category Klasifikasi
 */
export function listBulanTanpaCatatan(
  periode: Periode,
  tanggal: readonly string[],
): readonly string[] {
  const input = parseInput(
    { periode: PeriodeSchema, tanggal: z.array(TanggalSchema) },
    { periode, tanggal },
    (p) => periodeInOrder(['periode', 'selesai'], p.periode),
  );
  return deepFreeze(bulanTanpa(input.periode, input.tanggal));
}
