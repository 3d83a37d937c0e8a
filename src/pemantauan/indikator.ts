import type { SafeResult } from '../errors.js';
import { deepFreeze } from '../internal/freeze.js';
import { issue, parseInput, safely } from '../internal/input.js';
import { TanggalSchema } from '../tanggal.js';
import { KodeDesaSchema } from '../wilayah.js';
import { readKeluarga } from './daftar-keluarga.js';
import {
  type BuildLaporanDesaOptions,
  BuildLaporanDesaOptionsSchema,
  type DataLaporanDesa,
  DataLaporanDesaSchema,
  type LaporanDesaResult,
} from './data-laporan.js';
import { jumlahOf } from './indikator-hitung.js';
import { alasanGanda, hitungRasio, ID_JUMLAH, INDIKATOR } from './laporan.js';
import { peristiwaIssues } from './peristiwa.js';

/**
 * Builds the monitoring report of one desa for the month of `tanggal`
 * from its families, its births and marriages, and the inputs that
 * family records do not hold, with the ratios of the counts.
 *
 * Every count the data cannot support is left out of `jumlah` and named
 * in `kurang` with the input it needs: no count is ever a stand-in 0.
 *
 * @remarks
 * Births and marriages are counted over the twelve months that end on
 * `tanggal`, and marriages over the twelve before those too, not over
 * calendar years (defects 25 and 26); a count whose span starts before
 * `peristiwa.dicatatSejak` is left out. PUS are judged as
 * {@link assessSasaran} judges them, open couples counted apart. A PUS
 * couple with a method on either partner's record is a Peserta KB Aktif
 * of that method, one per couple (a husband's method counts for each of
 * his couples, defect 4); it is a Peserta KB Baru when `sejak` falls in
 * the month, which a change of method does not move (see
 * {@link KontrasepsiSchema}). A PUS couple with no method is counted by
 * the wife's `alasanTidakKb`, a pregnant wife's being `'hamil'`; when
 * any such couple has no reason, the whole breakdown is left out, since
 * any reason could be the one missing. PPM is a yearly target of new
 * participants, so the month's PB is set against the year's PPM
 * (defect 27). Indicators d to f are qualitative in the decree
 * (defect 28) and are read from the counts given.
 *
 * @param data - The desa's code, families and other inputs, see
 *   {@link DataLaporanDesaSchema}.
 * @param tanggal - The day judged, `YYYY-MM-DD`; the report is for its
 *   month.
 * @param options - See {@link BuildLaporanDesaOptionsSchema}.
 * @returns The report (`kode`, `bulan`, `jumlah`), `rasio`, `kurang`,
 *   the open couples and the clause of each count. Frozen.
 * @throws {@link ImpInputError} listing every problem: a family that
 *   breaks a rule of {@link validateKeluarga}, a family listed twice
 *   (`duplicate_value`) or of another desa, an event before its record
 *   starts or of a family not given, bad counts or options.
 *
 * @example
 * // One couple on the pill since June; nothing else given
 * const laporan = buildLaporanDesa({
 *   kode: '32.04.11.2001',
 *   keluarga: [{
 *     id: 'K-001', kodeDesa: '32.04.11.2001', rentan: false,
 *     anggota: [
 *       { id: '01', jenisKelamin: 'laki-laki', tanggalLahir: '1992-05-01',
 *         statusKawin: 'kawin', hubungan: 'kepala-keluarga' },
 *       { id: '02', jenisKelamin: 'perempuan', tanggalLahir: '1995-01-20',
 *         statusKawin: 'kawin', hubungan: 'istri',
 *         kontrasepsi: { metode: 'pil', sejak: '2025-06-02' } },
 *     ],
 *   }],
 * }, '2025-06-30');
 * [laporan.bulan, laporan.jumlah.pus, laporan.jumlah.pesertaKbBaru?.total,
 *   laporan.jumlah.ppm, laporan.rasio.paTerhadapPus.nilai];
 * //=> ['2025-06', 1, 1, undefined, 1]
 * [laporan.kurang.length, laporan.kurang[3].indikator,
 *   laporan.kurang[3].masukan];
 * //=> [7, 'ppm', 'ppm']
 *
 * @see Lampiran BAB II huruf B angka 8.
 * @category Pemantauan
 */
export function buildLaporanDesa(
  data: DataLaporanDesa,
  tanggal: string,
  options?: BuildLaporanDesaOptions,
): LaporanDesaResult {
  const { input, keluarga } = readInput(data, tanggal, options);

  const { usia50, unmetNeed } = input.options;
  const hasil = jumlahOf(keluarga, input.data, input.tanggal, usia50);
  return deepFreeze({
    kode: input.data.kode,
    bulan: input.tanggal.slice(0, 7),
    jumlah: hasil.jumlah,
    rasio: hitungRasio(hasil.jumlah, unmetNeed),
    kurang: hasil.kurang,
    pusTidakDapatDitentukan: hasil.terbuka,
    citation: CITATION,
  });
}

/**
 * {@link buildLaporanDesa} that returns its input error instead of
 * throwing it.
 *
 * @param data - As for {@link buildLaporanDesa}.
 * @param tanggal - As for {@link buildLaporanDesa}.
 * @param options - As for {@link buildLaporanDesa}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // A report without its families is refused, by the path
 * const result = safeBuildLaporanDesa(
 *   { kode: '32.04.11.2001' } as never,
 *   '2025-06-30',
 * );
 * result.success ? null : result.error.issues.map((i) => [i.code, i.path]);
 * //=> [['required', ['data', 'keluarga']]]
 *
 * @see Lampiran BAB II huruf B angka 8.
 * @category Pemantauan
 */
export const safeBuildLaporanDesa: (
  data: DataLaporanDesa,
  tanggal: string,
  options?: BuildLaporanDesaOptions,
) => SafeResult<LaporanDesaResult> = safely(buildLaporanDesa);

const DATA = DataLaporanDesaSchema.omit({ keluarga: true });
const OPTIONS = BuildLaporanDesaOptionsSchema;

const CITATION = deepFreeze(
  Object.fromEntries(ID_JUMLAH.map((id) => [id, INDIKATOR[id].citation])),
) as LaporanDesaResult['citation'];

function readInput(data: unknown, tanggal: string, options: unknown) {
  const hari = TanggalSchema.safeParse(tanggal).data;
  const { keluarga, lain } = pisah(data);
  const kode = KodeDesaSchema.safeParse(lain?.kode).data;
  const daftar = lain
    ? bacaKeluarga(keluarga, hari, kode)
    : { keluarga: [], issues: [] };
  const ids = new Set(daftar.keluarga.map((k) => k.id));

  const input = parseInput(
    { data: DATA, tanggal: TanggalSchema, options: OPTIONS },
    { data: lain ?? data, tanggal, options: options ?? {} },
    (p) => [
      ...daftar.issues,
      ...(p.data?.peristiwa && hari
        ? peristiwaIssues(['data', 'peristiwa'], p.data.peristiwa, hari, ids)
        : []),
      ...alasanGanda(p.options?.unmetNeed, ['options', 'unmetNeed']),
    ],
  );
  return { input, keluarga: daftar.keluarga };
}

// The families are read apart from the rest, since they may be any
// iterable and each is checked on the day judged.
function pisah(data: unknown): {
  keluarga: unknown;
  lain: Record<string, unknown> | undefined;
} {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { keluarga: undefined, lain: undefined };
  }
  const { keluarga, ...lain } = data as Record<string, unknown>;
  return { keluarga, lain };
}

function bacaKeluarga(
  keluarga: unknown,
  hari: string | undefined,
  kode: string | undefined,
) {
  if (keluarga !== undefined) {
    return readKeluarga(keluarga, ['data', 'keluarga'], hari, kode);
  }
  const path = ['data', 'keluarga'];
  return {
    keluarga: [],
    issues: [issue('required', path, { id: 'Wajib diisi.', en: 'Required.' })],
  };
}
