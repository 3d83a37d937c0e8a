import * as z from 'zod';
import type { SafeResult } from '../errors.js';
import { periodeInOrder } from '../internal/bulan.js';
import { deepFreeze } from '../internal/freeze.js';
import { parseInput, safely } from '../internal/input.js';
import { KepengurusanSchema } from '../kelembagaan/kepengurusan.js';
import { classifyFakta, type KlasifikasiResult } from './classify.js';
import { pengorganisasianOf } from './pengorganisasian.js';
import {
  type ClassifyImpOptions,
  ClassifyImpOptionsSchema,
  type Penilaian,
  PenilaianSchema,
} from './penilaian.js';
import { CatatanPertemuanSchema, pertemuanOf } from './pertemuan.js';
import { PoktanDesaSchema, poktanOf } from './poktan.js';

const P = PenilaianSchema.shape;

/**
 * The records of one IMP from which {@link classifyImpFromRecords}
 * derives a penilaian: the roster, the meeting records, the Poktan of
 * the desa, and the facts no record gives.
 *
 * @example
 * // The services that no Poktan record shows are stated directly
 * Object.keys(CatatanImpSchema.shape.pelayanan.shape);
 * //=> ['pembinaanPesertaKbAktif', 'rujukan']
 *
 * @category Klasifikasi
 */
export const CatatanImpSchema = z.object({
  kepengurusan: KepengurusanSchema,
  pertemuan: CatatanPertemuanSchema,
  poktan: PoktanDesaSchema,
  advokasiKie: P.advokasiKie,
  pencatatan: P.pencatatan,
  pelayanan: P.pelayanan.pick({
    pembinaanPesertaKbAktif: true,
    rujukan: true,
  }),
  kemandirian: P.kemandirian,
});

/**
 * The records of one IMP as {@link classifyImpFromRecords} reads them.
 *
 * @category Klasifikasi
 */
export type CatatanImp = z.input<typeof CatatanImpSchema>;

/**
 * The answer of {@link classifyImpFromRecords}: the classification, the
 * penilaian derived from the records, and the months without a meeting.
 *
 * @category Klasifikasi
 */
export type KlasifikasiFromRecordsResult = KlasifikasiResult & {
  /** The facts derived from the records, as classified. */
  readonly penilaian: Penilaian;
  /** The months of the period without a meeting, `YYYY-MM`. */
  readonly bulanTanpaPertemuan: readonly string[];
};

/**
 * Classifies an IMP from its records in one call: derives the penilaian
 * as {@link derivePengorganisasian}, {@link derivePertemuan} and
 * {@link derivePoktan} do, then classifies it as {@link classifyImp}.
 *
 * @remarks
 * The readings of each helper and of {@link classifyImp} apply.
 *
 * @param catatan - The records, see {@link CatatanImpSchema}.
 * @param options - As for {@link classifyImp}.
 * @returns The classification, the derived penilaian and the months
 *   without a meeting. Frozen.
 * @throws {@link ImpInputError} when the records or options are not of
 *   the documented shape, or the period ends before it starts.
 *
 * @example
 * // A single leader meeting now and then, with one BKB
 * const result = classifyImpFromRecords({
 *   kepengurusan: { ketua: { nama: 'Ahmad', tugas: ['koordinasi'] } },
 *   pertemuan: {
 *     periode: { mulai: '2025-01-01', selesai: '2025-03-31' },
 *     rencanaKerja: false,
 *     pertemuan: [{ tanggal: '2025-02-03', tingkat: 'imp' }],
 *   },
 *   poktan: [{ jenis: 'bkb', aktif: true }],
 *   advokasiKie: { kie: true, kipk: false },
 *   pencatatan: { cara: 'sederhana' },
 *   pelayanan: { pembinaanPesertaKbAktif: true, rujukan: true },
 *   kemandirian: { upaya: ['pendanaan-kelompok'] },
 * });
 * [result.klasifikasi, result.skor, result.bulanTanpaPertemuan];
 * //=> ['dasar', 7, ['2025-01', '2025-03']]
 *
 * @see Lampiran BAB IV huruf C.
 * @category Klasifikasi
 */
export function classifyImpFromRecords(
  catatan: CatatanImp,
  options?: ClassifyImpOptions,
): KlasifikasiFromRecordsResult {
  const input = parseInput(
    { catatan: CatatanImpSchema, options: ClassifyImpOptionsSchema },
    { catatan, options: options ?? {} },
    (p) =>
      periodeInOrder(
        ['catatan', 'pertemuan', 'periode', 'selesai'],
        p.catatan?.pertemuan.periode,
      ),
  );

  const c = input.catatan;
  const { pertemuan, bulanTanpaPertemuan } = pertemuanOf(c.pertemuan);
  const { binaKeluarga, uppka } = poktanOf(c.poktan);
  const penilaian = {
    pengorganisasian: { ...pengorganisasianOf(c.kepengurusan) },
    pertemuan: { ...pertemuan },
    advokasiKie: c.advokasiKie,
    pencatatan: c.pencatatan,
    pelayanan: { ...c.pelayanan, uppka, binaKeluarga: [...binaKeluarga] },
    kemandirian: c.kemandirian,
  };
  const hasil = classifyFakta(penilaian, input.options.dasar ?? 'minimal');
  return deepFreeze({ ...hasil, penilaian, bulanTanpaPertemuan });
}

/**
 * {@link classifyImpFromRecords} that returns its input error instead of
 * throwing it.
 *
 * @param catatan - As for {@link classifyImpFromRecords}.
 * @param options - As for {@link classifyImp}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // Records without a roster are refused by its path
 * const result = safeClassifyImpFromRecords({} as never);
 * result.success ? null : result.error.issues[0].path;
 * //=> ['catatan', 'kepengurusan']
 *
 * @see Lampiran BAB IV huruf C.
 * @category Klasifikasi
 */
export const safeClassifyImpFromRecords: (
  catatan: CatatanImp,
  options?: ClassifyImpOptions,
) => SafeResult<KlasifikasiFromRecordsResult> = safely(classifyImpFromRecords);
