import type { Citation } from '../citation.js';
import type { SafeResult } from '../errors.js';
import { deepFreeze } from '../internal/freeze.js';
import { parseInput, safely } from '../internal/input.js';
import { type Tanggal, TanggalSchema } from '../tanggal.js';
import { readKeluarga } from './daftar-keluarga.js';
import type { Keluarga } from './keluarga.js';
import { sasaranOf } from './sasaran-hitung.js';
import {
  type AssessSasaranOptions,
  AssessSasaranOptionsSchema,
  type RentangUsia,
  rentangIssues,
  rentangOf,
} from './usia-sasaran.js';

/**
 * A member of a family of the desa, by the two ids.
 *
 * @category Sasaran
 */
export type RefAnggota = {
  /** The family's id. */
  readonly keluarga: string;
  /** The member's id within the family. */
  readonly anggota: string;
};

/**
 * A couple of a family, by the ids of the family and of each partner
 * (`null` for a partner not in the record).
 *
 * @category Sasaran
 */
export type RefPasangan = {
  readonly keluarga: string;
  readonly istri: string | null;
  readonly suami: string | null;
};

/**
 * A couple whose PUS status a missing fact leaves open, and what is
 * missing: `'haid'` (whether the wife menstruates) or `'istri'` (the
 * wife's record, for a married head recorded without her).
 *
 * @category Sasaran
 */
export type PasanganTidakDapatDitentukan = RefPasangan & {
  readonly kurang: readonly ('haid' | 'istri')[];
};

/**
 * One target group: how many, who, and the clause that names it.
 *
 * @typeParam T - How a member of the group is named.
 * @category Sasaran
 */
export type KelompokSasaran<T> = {
  readonly jumlah: number;
  readonly daftar: readonly T[];
  readonly citation: Citation;
};

/**
 * The couples of the families, split by PUS status: `pus`,
 * `tidakDapatDitentukan` (with what each lacks) and `bukanPus` add up to
 * `jumlah`.
 *
 * @category Sasaran
 */
export type PasanganSasaran = {
  readonly jumlah: number;
  readonly pus: KelompokSasaran<RefPasangan>;
  readonly tidakDapatDitentukan: KelompokSasaran<PasanganTidakDapatDitentukan>;
  readonly bukanPus: KelompokSasaran<RefPasangan>;
  /** The definition of PUS applied. */
  readonly citation: Citation;
};

/**
 * The answer of {@link assessSasaran}.
 *
 * @category Sasaran
 */
export type SasaranResult = {
  /** The desa of the families; `null` when none was given. */
  readonly kodeDesa: string | null;
  /** The day judged. */
  readonly tanggal: Tanggal;
  readonly jumlahKeluarga: number;
  /** Calon pengantin: members with a wedding planned on or after the day. */
  readonly catin: KelompokSasaran<RefAnggota>;
  /** Every couple, split by PUS status; the three parts add up. */
  readonly pasangan: PasanganSasaran;
  readonly keluargaBalita: KelompokSasaran<string>;
  readonly keluargaRemaja: KelompokSasaran<string>;
  readonly keluargaLansia: KelompokSasaran<string>;
  readonly balita: KelompokSasaran<RefAnggota>;
  readonly remaja: KelompokSasaran<RefAnggota>;
  readonly lansia: KelompokSasaran<RefAnggota>;
  readonly keluargaRentan: KelompokSasaran<string>;
  /** The age bands applied, with their sources. */
  readonly usia: {
    readonly balita: RentangUsia;
    readonly remaja: RentangUsia;
    readonly lansia: RentangUsia;
  };
  /** True when the day judged is before the decree came into force. */
  readonly sebelumBerlaku: boolean;
};

/**
 * Finds the target groups of the programme among the families of one
 * desa on a day judged: calon pengantin, PUS, families with a balita, a
 * remaja or a lansia, and balita, remaja, lansia and vulnerable families
 * themselves, each with its count, its members' ids and its clause.
 *
 * @remarks
 * Couples are read as {@link KeluargaSchema} says and judged as
 * {@link assessPus} does. A couple that a missing fact leaves open is
 * counted apart, with what is missing, never dropped: PUS, open and not
 * PUS add up to every couple. Ages are completed years on the day
 * judged; the bands are in {@link USIA_SASARAN} (defects 7 and 8). A
 * calon pengantin is a member whose `rencanaMenikah` is on or after the
 * day judged. The decree does not define a keluarga rentan; the kader's
 * `rentan` flag is read as it is.
 *
 * @param keluarga - Any iterable of the desa's families, see
 *   {@link KeluargaSchema}.
 * @param tanggal - The day judged, `YYYY-MM-DD`.
 * @param options - The reading of a wife of 50 and the age bands, see
 *   {@link AssessSasaranOptionsSchema}.
 * @returns The groups, and the bands applied. Frozen.
 * @throws {@link ImpInputError} listing every problem: a family that
 *   breaks a rule of {@link validateKeluarga}, a family id listed twice
 *   (`duplicate_value`), a family of another desa, bad options.
 *
 * @example
 * // A couple whose wife is 30 and their baby of one
 * const result = assessSasaran([{
 *   id: 'K-001', kodeDesa: '32.04.11.2001', rentan: false,
 *   anggota: [
 *     { id: '01', jenisKelamin: 'laki-laki', tanggalLahir: '1992-05-01',
 *       statusKawin: 'kawin', hubungan: 'kepala-keluarga' },
 *     { id: '02', jenisKelamin: 'perempuan', tanggalLahir: '1995-01-20',
 *       statusKawin: 'kawin', hubungan: 'istri' },
 *     { id: '03', jenisKelamin: 'perempuan', tanggalLahir: '2024-03-02',
 *       statusKawin: 'belum-kawin', hubungan: 'anak' },
 *   ],
 * }], '2025-06-30');
 * [result.pasangan.pus.jumlah, result.balita.daftar, result.lansia.jumlah];
 * //=> [1, [{ keluarga: 'K-001', anggota: '03' }], 0]
 *
 * @see Lampiran BAB II huruf C.
 * @category Sasaran
 */
export function assessSasaran(
  keluarga: Iterable<Keluarga>,
  tanggal: string,
  options?: AssessSasaranOptions,
): SasaranResult {
  const hari = TanggalSchema.safeParse(tanggal).data;
  const daftar = readKeluarga(keluarga, ['keluarga'], hari);
  const input = parseInput(
    { tanggal: TanggalSchema, options: AssessSasaranOptionsSchema },
    { tanggal, options: options ?? {} },
    (p) => [
      ...daftar.issues,
      ...(p.options ? rentangIssues(rentangOf(p.options)) : []),
    ],
  );
  return deepFreeze(sasaranOf(daftar.keluarga, input.tanggal, input.options));
}

/**
 * {@link assessSasaran} that returns its input error instead of throwing
 * it.
 *
 * @param keluarga - As for {@link assessSasaran}.
 * @param tanggal - As for {@link assessSasaran}.
 * @param options - As for {@link assessSasaran}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // The same family listed twice is an input error, not two families
 * const k = {
 *   id: 'K-001', kodeDesa: '32.04.11.2001', rentan: true,
 *   anggota: [{ id: '01', jenisKelamin: 'perempuan',
 *     tanggalLahir: '1950-01-01', statusKawin: 'cerai-mati',
 *     hubungan: 'kepala-keluarga' }],
 * } as const;
 * const result = safeAssessSasaran([k, k], '2025-06-30');
 * result.success ? null : result.error.issues.map((i) => [i.code, i.path]);
 * //=> [['duplicate_value', ['keluarga', 1, 'id']]]
 *
 * @see Lampiran BAB II huruf C.
 * @category Sasaran
 */
export const safeAssessSasaran: (
  keluarga: Iterable<Keluarga>,
  tanggal: string,
  options?: AssessSasaranOptions,
) => SafeResult<SasaranResult> = safely(assessSasaran);
