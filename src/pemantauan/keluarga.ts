import * as z from 'zod';
import type { SafeResult } from '../errors.js';
import { deepFreeze } from '../internal/freeze.js';
import { parseInput, safely } from '../internal/input.js';
import { NikSchema } from '../nik.js';
import { JenisKelaminSchema } from '../pup.js';
import { TanggalSchema } from '../tanggal.js';
import { KodeDesaSchema } from '../wilayah.js';
import { keluargaIssues } from './keluarga-aturan.js';
import { AlasanTidakKbSchema, MetodeKontrasepsiSchema } from './kontrasepsi.js';

/**
 * Marital status as the family data records it: never married, married,
 * divorced, widowed.
 *
 * @example
 * // A widow
 * StatusKawinSchema.safeParse('cerai-mati').success;
 * //=> true
 *
 * @see Lampiran BAB II huruf B angka 8 huruf b.
 * @category Keluarga
 */
export const StatusKawinSchema = z.enum([
  'belum-kawin',
  'kawin',
  'cerai-hidup',
  'cerai-mati',
]);

/**
 * A marital status, as {@link StatusKawinSchema} reads it.
 *
 * @category Keluarga
 */
export type StatusKawin = z.output<typeof StatusKawinSchema>;

/**
 * A member's place in the family, as the family data records it: the
 * head, the head's wife or husband, a child, or anyone else.
 *
 * @remarks
 * A couple is read from these places alone: the kepala keluarga and each
 * `istri` (or the one `suami` of a woman who heads the family). See
 * {@link KeluargaSchema}.
 *
 * @example
 * // The husband of a woman who heads the family
 * HubunganKeluargaSchema.safeParse('suami').success;
 * //=> true
 *
 * @category Keluarga
 */
export const HubunganKeluargaSchema = z.enum([
  'kepala-keluarga',
  'istri',
  'suami',
  'anak',
  'lainnya',
]);

/**
 * A place in the family, as {@link HubunganKeluargaSchema} reads it.
 *
 * @category Keluarga
 */
export type HubunganKeluarga = z.output<typeof HubunganKeluargaSchema>;

/**
 * The contraception a member uses now: the method, and the first day of
 * the current unbroken use of contraception.
 *
 * @remarks
 * `sejak` is the day use began, whatever the method: a change of method
 * without a break keeps it, and a new start after a break (a pregnancy,
 * say) sets a new one. So a `sejak` in the month judged is a first use in
 * that month, which is how a Peserta KB Baru is counted, and a change of
 * method is not.
 *
 * @example
 * // Injections since March 2024
 * KontrasepsiSchema.parse({ metode: 'suntik', sejak: '2024-03-05' }).metode;
 * //=> 'suntik'
 *
 * @see Lampiran BAB II huruf B angka 8 huruf c.
 * @category Keluarga
 */
export const KontrasepsiSchema = z.strictObject({
  metode: MetodeKontrasepsiSchema,
  sejak: TanggalSchema,
});

const IdSchema = z.string().min(1).max(64);

/**
 * One member of a family, as a kader records them.
 *
 * - `haid`, `hamil`, `alasanTidakKb`: facts of a woman; leave out what is
 *   not known. `alasanTidakKb` is why a couple uses no contraception.
 * - `kontrasepsi`: the method used now, on the record of the partner who
 *   uses it (a wife's pill, a husband's MOP); a couple's method is
 *   recorded once.
 * - `rencanaMenikah`: the day a wedding is planned, for a calon
 *   pengantin.
 * - `nik`, `nama`: optional, kept for the kader's own use, never read by
 *   the rules and never repeated in a message.
 *
 * @example
 * // A wife of 1990 on the pill
 * AnggotaKeluargaSchema.safeParse({
 *   id: '02',
 *   jenisKelamin: 'perempuan',
 *   tanggalLahir: '1990-04-12',
 *   statusKawin: 'kawin',
 *   hubungan: 'istri',
 *   kontrasepsi: { metode: 'pil', sejak: '2023-01-10' },
 * }).success;
 * //=> true
 *
 * @category Keluarga
 */
export const AnggotaKeluargaSchema = z.strictObject({
  id: IdSchema,
  nik: NikSchema.optional(),
  nama: z.string().optional(),
  jenisKelamin: JenisKelaminSchema,
  tanggalLahir: TanggalSchema,
  statusKawin: StatusKawinSchema,
  hubungan: HubunganKeluargaSchema,
  haid: z.boolean().optional(),
  hamil: z.boolean().optional(),
  kontrasepsi: KontrasepsiSchema.optional(),
  alasanTidakKb: AlasanTidakKbSchema.optional(),
  rencanaMenikah: TanggalSchema.optional(),
});

/**
 * A member, as {@link AnggotaKeluargaSchema} reads them.
 *
 * @category Keluarga
 */
export type AnggotaKeluarga = z.input<typeof AnggotaKeluargaSchema>;

/**
 * A family as a kader records it: its id (unique within its desa), the
 * desa's code, whether it is a vulnerable family (keluarga rentan), and
 * its members.
 *
 * @remarks
 * The decree speaks of "pasangan suami istri" and does not say how to
 * find one in family data. A couple is read from the members' places,
 * as the family data records them: the kepala keluarga with each
 * `istri`, or a woman heading the family with her `suami`. A married
 * head whose spouse is not in the record is a couple still, with the
 * spouse missing. A man with two wives (defect 4) makes two couples,
 * each judged by its wife; the family is never refused for it, and
 * neither couple is dropped. A married member in another place (a
 * married child, say) is refused: by Undang-Undang Nomor 52 Tahun 2009,
 * Pasal 1 angka 6, a couple and its children are a family of their own,
 * and the record cannot tell whose spouse that member is.
 * {@link validateKeluarga} checks these rules and the dates.
 *
 * @example
 * // A family of two: a head and his wife
 * KeluargaSchema.safeParse({
 *   id: 'K-001',
 *   kodeDesa: '32.04.11.2001',
 *   rentan: false,
 *   anggota: [
 *     { id: '01', jenisKelamin: 'laki-laki', tanggalLahir: '1988-02-01',
 *       statusKawin: 'kawin', hubungan: 'kepala-keluarga' },
 *     { id: '02', jenisKelamin: 'perempuan', tanggalLahir: '1990-04-12',
 *       statusKawin: 'kawin', hubungan: 'istri' },
 *   ],
 * }).success;
 * //=> true
 *
 * @see Lampiran BAB II huruf C.
 * @category Keluarga
 */
export const KeluargaSchema = z.strictObject({
  id: IdSchema,
  kodeDesa: KodeDesaSchema,
  rentan: z.boolean(),
  anggota: z.array(AnggotaKeluargaSchema).min(1),
});

/**
 * A family, as {@link KeluargaSchema} reads it.
 *
 * @category Keluarga
 */
export type Keluarga = z.input<typeof KeluargaSchema>;

/**
 * A family after {@link validateKeluarga}.
 *
 * @category Keluarga
 */
export type KeluargaValid = z.output<typeof KeluargaSchema>;

/**
 * Checks a family against its shape and every rule between its fields,
 * on a given day, and reports all problems at once.
 *
 * @remarks
 * Besides the shape: member ids are unique; there is one kepala keluarga;
 * an `istri` is a woman married to a male head and a `suami` a man
 * married to a female head, with at most one `suami`; a married member
 * holds one of those places; no birth, and no start of contraception,
 * falls after the day judged (nor contraception before birth); `haid`,
 * `hamil` and `alasanTidakKb` are on a woman only; MOP is a man's method
 * and IUD, MOW, implant, injection and pill a woman's; a couple's method
 * is on one partner only; a couple with a method records no reason for
 * not using one, and is not pregnant, since a pregnancy ends the use; a
 * pregnant wife's reason, when given, is `'hamil'`.
 *
 * @param keluarga - The family, see {@link KeluargaSchema}.
 * @param tanggal - The day judged, `YYYY-MM-DD`.
 * @returns The family as parsed. Frozen.
 * @throws {@link ImpInputError} listing every problem, by path and code
 *   (`duplicate_value` for a member id used twice).
 *
 * @example
 * // Two members with one id
 * const anggota = {
 *   id: '01', jenisKelamin: 'laki-laki', tanggalLahir: '1960-01-01',
 *   statusKawin: 'cerai-mati', hubungan: 'kepala-keluarga',
 * } as const;
 * const result = safeValidateKeluarga({
 *   id: 'K-002', kodeDesa: '32.04.11.2001', rentan: true,
 *   anggota: [anggota, { ...anggota, hubungan: 'lainnya' }],
 * }, '2025-06-30');
 * result.success ? null : result.error.issues.map((i) => i.code);
 * //=> ['duplicate_value']
 *
 * @see Lampiran BAB II huruf C.
 * @category Keluarga
 */
export function validateKeluarga(
  keluarga: Keluarga,
  tanggal: string,
): KeluargaValid {
  const input = parseInput(
    { keluarga: KeluargaSchema, tanggal: TanggalSchema },
    { keluarga, tanggal },
    (p) =>
      p.keluarga ? keluargaIssues(['keluarga'], p.keluarga, p.tanggal) : [],
  );
  return deepFreeze(input.keluarga);
}

/**
 * {@link validateKeluarga} that returns its input error instead of
 * throwing it.
 *
 * @param keluarga - As for {@link validateKeluarga}.
 * @param tanggal - As for {@link validateKeluarga}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // A family without members is refused, by its path
 * const result = safeValidateKeluarga(
 *   { id: 'K-003', kodeDesa: '32.04.11.2001', rentan: false, anggota: [] },
 *   '2025-06-30',
 * );
 * result.success ? null : result.error.issues[0].path;
 * //=> ['keluarga', 'anggota']
 *
 * @see Lampiran BAB II huruf C.
 * @category Keluarga
 */
export const safeValidateKeluarga: (
  keluarga: Keluarga,
  tanggal: string,
) => SafeResult<KeluargaValid> = safely(validateKeluarga);
