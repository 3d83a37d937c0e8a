import * as z from 'zod';
import type { Citation } from '../citation.js';
import { AssessPusOptionsSchema } from '../pus.js';
import { KodeDesaSchema } from '../wilayah.js';
import type { KekuranganLaporan } from './indikator-hitung.js';
import { type Keluarga, KeluargaSchema } from './keluarga.js';
import { MetodeKontrasepsiSchema } from './kontrasepsi.js';
import {
  ComputeRasioOptionsSchema,
  type IdJumlah,
  type LaporanDesa,
  type RasioIndikator,
} from './laporan.js';
import { PeristiwaSchema } from './peristiwa.js';
import type { PasanganTidakDapatDitentukan } from './sasaran.js';

const jumlahSchema = z.int().min(0);

/**
 * What a desa report is built from: the desa's code, its families, and
 * the inputs that family records do not hold. Each of these may be left
 * out; the counts that need it are then named as missing, never set to 0.
 *
 * - `peristiwa`: the births and marriages, see {@link PeristiwaSchema};
 * - `ppm`: the year's PPM for the desa per method, as set from above
 *   (a method left out has no target);
 * - `poktan`: the Poktan registered, active and that reported;
 * - `impPertemuan`: the IMP monthly meetings held in the month;
 * - `terpaduRkpDesa`: whether the RKP desa carries the programme.
 *
 * @remarks
 * `keluarga` may be any iterable when passed to {@link buildLaporanDesa};
 * the schema describes it as a list.
 *
 * @example
 * // A desa with no family recorded yet and its PPM set
 * DataLaporanDesaSchema.safeParse({
 *   kode: '32.04.11.2001',
 *   keluarga: [],
 *   ppm: { iud: 4, implan: 6, suntik: 20 },
 * }).success;
 * //=> true
 *
 * @see Lampiran BAB II huruf B angka 8.
 * @category Pemantauan
 */
export const DataLaporanDesaSchema = z.strictObject({
  kode: KodeDesaSchema,
  keluarga: z.array(KeluargaSchema),
  peristiwa: PeristiwaSchema.optional(),
  ppm: z.partialRecord(MetodeKontrasepsiSchema, jumlahSchema).optional(),
  poktan: z
    .strictObject({
      terdaftar: jumlahSchema,
      aktif: jumlahSchema,
      melapor: jumlahSchema,
    })
    .optional(),
  impPertemuan: jumlahSchema.optional(),
  terpaduRkpDesa: z.boolean().optional(),
});

/**
 * The data of a desa report, as {@link buildLaporanDesa} reads it.
 *
 * @category Pemantauan
 */
export type DataLaporanDesa = Omit<
  z.input<typeof DataLaporanDesaSchema>,
  'keluarga'
> & { keluarga: Iterable<Keluarga> };

/**
 * Options of {@link buildLaporanDesa}: the reading of a wife of exactly
 * 50 (as for {@link assessPus}) and the reasons read as unmet need (as
 * for {@link computeRasio}).
 *
 * @example
 * // The literal reading of "lebih dari 50"
 * BuildLaporanDesaOptionsSchema.safeParse({ usia50: 'harfiah' }).success;
 * //=> true
 *
 * @category Pemantauan
 */
export const BuildLaporanDesaOptionsSchema = ComputeRasioOptionsSchema.extend({
  usia50: AssessPusOptionsSchema.shape.usia50,
});

/**
 * Options of {@link buildLaporanDesa}.
 *
 * @category Pemantauan
 */
export type BuildLaporanDesaOptions = z.input<
  typeof BuildLaporanDesaOptionsSchema
>;

/**
 * The answer of {@link buildLaporanDesa}: a desa report, its ratios,
 * what it lacks and the clause of each count.
 *
 * @category Pemantauan
 */
export type LaporanDesaResult = LaporanDesa & {
  /** The ratios of the counts, as {@link computeRasio} computes them. */
  readonly rasio: RasioIndikator;
  /** Each count left out of `jumlah`, and the input it needs. */
  readonly kurang: readonly KekuranganLaporan[];
  /** The couples counted in `pusTidakDapatDitentukan`, and what each lacks. */
  readonly pusTidakDapatDitentukan: readonly PasanganTidakDapatDitentukan[];
  /** The clause that asks for each count. */
  readonly citation: { readonly [K in IdJumlah]: Citation };
};
