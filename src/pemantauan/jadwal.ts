import * as z from 'zod';
import { type Citation, cite, KEPUTUSAN_84_2024 } from '../citation.js';
import type { SafeResult } from '../errors.js';
import { bulanTanpa, jumlahBulan, periodeInOrder } from '../internal/bulan.js';
import { deepFreeze } from '../internal/freeze.js';
import { parseInput, safely } from '../internal/input.js';
import type { EntriKatalog } from '../kelembagaan/katalog/entri.js';
import { type Periode, PeriodeSchema } from '../klasifikasi/bulan.js';
import { TanggalSchema } from '../tanggal.js';

const PE = 'Lampiran BAB IV (Pemantauan dan Evaluasi) huruf C';

/**
 * The two duties the decree sets for every calendar month: the Ketua's
 * coordination meeting of the IMP Bangga Kencana, and the monitoring and
 * evaluation of the IMP.
 *
 * @example
 * // The clause of the monthly monitoring
 * JADWAL_BULANAN.pemantauan.citation.ref;
 * //=> 'Lampiran BAB IV (Pemantauan dan Evaluasi) huruf C angka 3'
 *
 * @see Lampiran BAB III huruf C angka 3 huruf a angka 2) and
 *   Lampiran BAB IV (Pemantauan dan Evaluasi) huruf C angka 3.
 * @category Pemantauan
 */
export const JADWAL_BULANAN: {
  readonly rapatKoordinasi: EntriKatalog<'rapat-koordinasi-bulanan'>;
  readonly pemantauan: EntriKatalog<'pemantauan-bulanan'>;
} = deepFreeze({
  rapatKoordinasi: {
    id: 'rapat-koordinasi-bulanan',
    label: {
      id: 'Rapat koordinasi IMP Bangga Kencana setiap bulan',
      en: 'A coordination meeting of the IMP Bangga Kencana every month',
    },
    citation: cite(
      KEPUTUSAN_84_2024,
      'Lampiran BAB III huruf C angka 3 huruf a angka 2)',
    ),
  },
  pemantauan: {
    id: 'pemantauan-bulanan',
    label: {
      id: 'Pemantauan dan evaluasi IMP Bangga Kencana setiap bulan',
      en: 'Monitoring and evaluation of the IMP Bangga Kencana every month',
    },
    citation: cite(KEPUTUSAN_84_2024, `${PE} angka 3`),
  },
});

/**
 * Who may carry out the monitoring and evaluation of an IMP Bangga
 * Kencana: BKKBN, its provincial office, the kabupaten/kota office for
 * population control and family planning, the kecamatan KB coordinator,
 * a Penyuluh KB or PLKB, and the Kepala Desa or Lurah.
 *
 * @remarks
 * The last item of the printed list names two actors, "Penyuluh KB/PLKB,
 * dan/atau Kepala Desa/Lurah"; each is one value here. Partners the decree
 * lets take part when needed are not among those who carry it out.
 *
 * @example
 * // A PLKB may carry out the monitoring
 * PelaksanaPemantauanSchema.safeParse('penyuluh-kb-plkb').success;
 * //=> true
 *
 * @see Lampiran BAB IV (Pemantauan dan Evaluasi) huruf C angka 2.
 * @category Pemantauan
 */
export const PelaksanaPemantauanSchema = z.enum([
  'bkkbn',
  'perwakilan-bkkbn-provinsi',
  'perangkat-daerah-kabupaten-kota',
  'koordinator-kb-kecamatan',
  'penyuluh-kb-plkb',
  'kepala-desa-lurah',
]);

/**
 * One who may carry out monitoring, as {@link PelaksanaPemantauanSchema}
 * lists them.
 *
 * @category Pemantauan
 */
export type PelaksanaPemantauan = z.output<typeof PelaksanaPemantauanSchema>;

const pelaksana = (
  id: PelaksanaPemantauan,
  huruf: string,
  label: EntriKatalog['label'],
): EntriKatalog<PelaksanaPemantauan> => ({
  id,
  label,
  citation: cite(KEPUTUSAN_84_2024, `${PE} angka 2 huruf ${huruf}`),
});

/**
 * The actors who may carry out monitoring, each with its label and the
 * item of the printed list that names it, in the printed order.
 *
 * @example
 * // The kecamatan coordinator is the fourth item
 * PELAKSANA_PEMANTAUAN[3].citation.ref;
 * //=> 'Lampiran BAB IV (Pemantauan dan Evaluasi) huruf C angka 2 huruf d'
 *
 * @see Lampiran BAB IV (Pemantauan dan Evaluasi) huruf C angka 2.
 * @category Pemantauan
 */
export const PELAKSANA_PEMANTAUAN = deepFreeze<
  readonly EntriKatalog<PelaksanaPemantauan>[]
>([
  pelaksana('bkkbn', 'a', { id: 'BKKBN', en: 'BKKBN (national board)' }),
  pelaksana('perwakilan-bkkbn-provinsi', 'b', {
    id: 'Perwakilan BKKBN Provinsi',
    en: 'Provincial office of BKKBN',
  }),
  pelaksana('perangkat-daerah-kabupaten-kota', 'c', {
    id: 'Perangkat daerah kabupaten/kota bidang pengendalian penduduk dan KB',
    en: 'Kabupaten/kota office for population control and family planning',
  }),
  pelaksana('koordinator-kb-kecamatan', 'd', {
    id: 'Koordinator KB Kecamatan',
    en: 'Family planning coordinator of the kecamatan',
  }),
  pelaksana('penyuluh-kb-plkb', 'e', {
    id: 'Penyuluh KB atau PLKB',
    en: 'Family planning counsellor or field officer (PLKB)',
  }),
  pelaksana('kepala-desa-lurah', 'e', {
    id: 'Kepala Desa atau Lurah',
    en: 'Village head or Lurah',
  }),
]);

/**
 * A coordination meeting of an IMP Bangga Kencana, by its day. Other keys
 * of a record (agenda, minutes) are ignored.
 *
 * @example
 * // A meeting on the last day of January
 * RapatKoordinasiSchema.parse({ tanggal: '2025-01-31' }).tanggal;
 * //=> '2025-01-31'
 *
 * @see Lampiran BAB III huruf C angka 3 huruf a angka 2).
 * @category Pemantauan
 */
export const RapatKoordinasiSchema = z.object({ tanggal: TanggalSchema });

/**
 * A coordination meeting, as {@link RapatKoordinasiSchema} reads it.
 *
 * @category Pemantauan
 */
export type RapatKoordinasi = z.input<typeof RapatKoordinasiSchema>;

/**
 * A monitoring and evaluation visit of an IMP Bangga Kencana: its day and
 * who carried it out. Other keys of a record are ignored.
 *
 * @example
 * // A visit by the Kepala Desa
 * KunjunganPemantauanSchema.parse({
 *   tanggal: '2025-02-01',
 *   pelaksana: 'kepala-desa-lurah',
 * }).pelaksana;
 * //=> 'kepala-desa-lurah'
 *
 * @see Lampiran BAB IV (Pemantauan dan Evaluasi) huruf C angka 2.
 * @category Pemantauan
 */
export const KunjunganPemantauanSchema = z.object({
  tanggal: TanggalSchema,
  pelaksana: PelaksanaPemantauanSchema,
});

/**
 * A monitoring visit, as {@link KunjunganPemantauanSchema} reads it.
 *
 * @category Pemantauan
 */
export type KunjunganPemantauan = z.input<typeof KunjunganPemantauanSchema>;

/**
 * Options of {@link listBulanTanpaPemantauan}.
 *
 * @example
 * // Count only the visits of the kecamatan coordinator
 * ListBulanTanpaPemantauanOptionsSchema.safeParse({
 *   pelaksana: ['koordinator-kb-kecamatan'],
 * }).success;
 * //=> true
 *
 * @category Pemantauan
 */
export const ListBulanTanpaPemantauanOptionsSchema = z.strictObject({
  /** Count only visits by these actors; by default every actor counts. */
  pelaksana: z.array(PelaksanaPemantauanSchema).min(1).optional(),
});

/**
 * Options of {@link listBulanTanpaPemantauan}.
 *
 * @category Pemantauan
 */
export type ListBulanTanpaPemantauanOptions = z.input<
  typeof ListBulanTanpaPemantauanOptionsSchema
>;

/**
 * The answer of {@link listBulanTanpaRapatKoordinasi} and
 * {@link listBulanTanpaPemantauan}.
 *
 * @category Pemantauan
 */
export type JadwalBulananResult = {
  /** The monthly duty judged, as {@link JADWAL_BULANAN} names it. */
  readonly kewajiban: 'rapat-koordinasi-bulanan' | 'pemantauan-bulanan';
  /** True when every calendar month of the period has a record. */
  readonly lengkap: boolean;
  /** The months of the period without a record, `YYYY-MM`, oldest first. */
  readonly bulanTanpa: readonly string[];
  /** The calendar months the period touches, first and last included. */
  readonly jumlahBulan: number;
  /** The clause that sets the monthly duty. */
  readonly citation: Citation;
};

/**
 * Lists the calendar months of a period in which the IMP Bangga Kencana
 * held no coordination meeting, against the Ketua's duty to hold one at
 * least once a month.
 *
 * @remarks
 * A month of the period counts as met when at least one meeting falls in
 * it (regulation reading 6). A month the period covers only in part is
 * still judged, on its days inside the period; meetings outside the
 * period are ignored. The duty binds every IMP, while the classification
 * describes a Dasar IMP as one that meets irregularly (defect 15): a
 * Dasar IMP thus shows missing months here, and these months are a
 * shortfall of the duty, not a class.
 *
 * @param periode - The period judged, both days included.
 * @param rapat - The meetings held, in any order.
 * @returns The months without a meeting and the clause. Frozen.
 * @throws {@link ImpInputError} when a date is not real, a record lacks
 *   its day, or the period ends before it starts.
 *
 * @example
 * // Meetings on the last day of January and the first of March
 * listBulanTanpaRapatKoordinasi(
 *   { mulai: '2025-01-01', selesai: '2025-03-31' },
 *   [{ tanggal: '2025-01-31' }, { tanggal: '2025-03-01' }],
 * ).bulanTanpa;
 * //=> ['2025-02']
 *
 * @see Lampiran BAB III huruf C angka 3 huruf a angka 2).
 * @category Pemantauan
 */
export function listBulanTanpaRapatKoordinasi(
  periode: Periode,
  rapat: readonly RapatKoordinasi[],
): JadwalBulananResult {
  const input = parseInput(
    { periode: PeriodeSchema, rapat: z.array(RapatKoordinasiSchema) },
    { periode, rapat },
    (p) => periodeInOrder(['periode', 'selesai'], p.periode),
  );
  const days = input.rapat.map((r) => r.tanggal);
  return result(JADWAL_BULANAN.rapatKoordinasi, input.periode, days);
}

/**
 * {@link listBulanTanpaRapatKoordinasi} that returns its input error
 * instead of throwing it.
 *
 * @param periode - As for {@link listBulanTanpaRapatKoordinasi}.
 * @param rapat - As for {@link listBulanTanpaRapatKoordinasi}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // A meeting on a day that does not exist
 * const result = safeListBulanTanpaRapatKoordinasi(
 *   { mulai: '2025-01-01', selesai: '2025-03-31' },
 *   [{ tanggal: '2025-02-30' }],
 * );
 * result.success ? null : result.error.issues[0].path;
 * //=> ['rapat', 0, 'tanggal']
 *
 * @see Lampiran BAB III huruf C angka 3 huruf a angka 2).
 * @category Pemantauan
 */
export const safeListBulanTanpaRapatKoordinasi: (
  periode: Periode,
  rapat: readonly RapatKoordinasi[],
) => SafeResult<JadwalBulananResult> = safely(listBulanTanpaRapatKoordinasi);

/**
 * Lists the calendar months of a period in which no monitoring and
 * evaluation of the IMP Bangga Kencana took place, against the duty to
 * hold it once a month.
 *
 * @remarks
 * The decree asks for monitoring once a month "or at any time when
 * needed". The library reads the month as the rule and the extra visits
 * as additions: any visit counts for the month it falls in, and a month
 * without one is listed. Diktum KEENAM says BKKBN and the regions *may*
 * monitor, while this clause sets a monthly rhythm (defect 30); the
 * library reports the months and leaves it to the caller whether a gap
 * is a breach. Months count as in {@link listBulanTanpaRapatKoordinasi}.
 *
 * @param periode - The period judged, both days included.
 * @param kunjungan - The visits made, each with its day and actor.
 * @param options - Optionally, the actors whose visits count.
 * @returns The months without a visit and the clause. Frozen.
 * @throws {@link ImpInputError} when a date is not real, an actor is not
 *   one of {@link PelaksanaPemantauanSchema}, an option is unknown, or the
 *   period ends before it starts.
 *
 * @example
 * // A PLKB visit in November and the Kepala Desa's in January
 * listBulanTanpaPemantauan(
 *   { mulai: '2024-11-01', selesai: '2025-01-31' },
 *   [
 *     { tanggal: '2024-11-30', pelaksana: 'penyuluh-kb-plkb' },
 *     { tanggal: '2025-01-01', pelaksana: 'kepala-desa-lurah' },
 *   ],
 * ).bulanTanpa;
 * //=> ['2024-12']
 *
 * @see Lampiran BAB IV (Pemantauan dan Evaluasi) huruf C angka 2 and
 *   angka 3.
 * @category Pemantauan
 */
export function listBulanTanpaPemantauan(
  periode: Periode,
  kunjungan: readonly KunjunganPemantauan[],
  options: ListBulanTanpaPemantauanOptions = {},
): JadwalBulananResult {
  const input = parseInput(
    {
      periode: PeriodeSchema,
      kunjungan: z.array(KunjunganPemantauanSchema),
      options: ListBulanTanpaPemantauanOptionsSchema,
    },
    { periode, kunjungan, options },
    (p) => periodeInOrder(['periode', 'selesai'], p.periode),
  );
  const counted = input.options.pelaksana ?? PelaksanaPemantauanSchema.options;
  const days = input.kunjungan
    .filter((k) => counted.includes(k.pelaksana))
    .map((k) => k.tanggal);
  return result(JADWAL_BULANAN.pemantauan, input.periode, days);
}

/**
 * {@link listBulanTanpaPemantauan} that returns its input error instead
 * of throwing it.
 *
 * @param periode - As for {@link listBulanTanpaPemantauan}.
 * @param kunjungan - As for {@link listBulanTanpaPemantauan}.
 * @param options - As for {@link listBulanTanpaPemantauan}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // A partner is not among those who carry out monitoring
 * const result = safeListBulanTanpaPemantauan(
 *   { mulai: '2025-01-01', selesai: '2025-01-31' },
 *   [{ tanggal: '2025-01-10', pelaksana: 'mitra-kerja' as never }],
 * );
 * result.success ? null : result.error.issues[0].code;
 * //=> 'invalid_value'
 *
 * @see Lampiran BAB IV (Pemantauan dan Evaluasi) huruf C angka 3.
 * @category Pemantauan
 */
export const safeListBulanTanpaPemantauan: (
  periode: Periode,
  kunjungan: readonly KunjunganPemantauan[],
  options?: ListBulanTanpaPemantauanOptions,
) => SafeResult<JadwalBulananResult> = safely(listBulanTanpaPemantauan);

function result(
  kewajiban: (typeof JADWAL_BULANAN)[keyof typeof JADWAL_BULANAN],
  periode: z.output<typeof PeriodeSchema>,
  days: readonly string[],
): JadwalBulananResult {
  const missing = bulanTanpa(periode, days);
  return deepFreeze({
    kewajiban: kewajiban.id,
    lengkap: missing.length === 0,
    bulanTanpa: missing,
    jumlahBulan: jumlahBulan(periode),
    citation: kewajiban.citation,
  });
}
