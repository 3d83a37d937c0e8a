import * as z from 'zod';
import type { InputIssue, SafeResult } from './errors.js';
import { deepFreeze } from './internal/freeze.js';
import { issue, parseInput, safely } from './internal/input.js';
import { JenisPoktanSchema } from './kelembagaan/institusi.js';

/**
 * The administrative tiers, from the province down to the RT. A desa and
 * a kelurahan share one tier, as do an RW and a dusun.
 *
 * @example
 * // The lowest tier
 * TingkatWilayahSchema.options.at(-1);
 * //=> 'rt'
 *
 * @see Lampiran BAB I huruf D angka 22 to angka 25.
 * @category Wilayah
 */
export const TingkatWilayahSchema = z.enum([
  'provinsi',
  'kabupaten-kota',
  'kecamatan',
  'desa-kelurahan',
  'rw',
  'rt',
]);

/**
 * An administrative tier, as {@link TingkatWilayahSchema} reads it.
 *
 * @category Wilayah
 */
export type TingkatWilayah = z.output<typeof TingkatWilayahSchema>;

/**
 * The tiers that carry a Kemendagri region code. RW and RT have none:
 * they are numbered within their desa or RW.
 *
 * @category Wilayah
 */
export type TingkatKode = Exclude<TingkatWilayah, 'rw' | 'rt'>;

// Segment widths of a code, in tier order. A segment of zeros names no
// region in the Kemendagri list, so it is refused as a shape.
const SEGMEN = [2, 2, 2, 4] as const;
const TINGKAT_KODE: readonly TingkatKode[] = [
  'provinsi',
  'kabupaten-kota',
  'kecamatan',
  'desa-kelurahan',
];

function pola(segments: number): RegExp {
  const parts = SEGMEN.slice(0, segments).map(
    (width) => `(?!0{${width}}(?:\\.|$))\\d{${width}}`,
  );
  return new RegExp(`^${parts.join('\\.')}$`);
}

const kodeSchema = (segments: number) => z.string().regex(pola(segments));

/**
 * A province code: two digits, e.g. `'32'`.
 *
 * @example
 * // West Java
 * KodeProvinsiSchema.safeParse('32').success;
 * //=> true
 *
 * @see Kepmendagri Nomor 300.2.2-2430 Tahun 2025 (region codes).
 * @category Wilayah
 */
export const KodeProvinsiSchema = kodeSchema(1);

/**
 * A kabupaten or kota code: the province's, a dot, two digits, e.g.
 * `'32.04'`.
 *
 * @example
 * // A code without the dot is refused
 * KodeKabupatenKotaSchema.safeParse('3204').success;
 * //=> false
 *
 * @see Kepmendagri Nomor 300.2.2-2430 Tahun 2025 (region codes).
 * @category Wilayah
 */
export const KodeKabupatenKotaSchema = kodeSchema(2);

/**
 * A kecamatan code: the kabupaten's, a dot, two digits, e.g.
 * `'32.04.11'`.
 *
 * @example
 * // A kecamatan of Kabupaten Bandung
 * KodeKecamatanSchema.safeParse('32.04.11').success;
 * //=> true
 *
 * @see Kepmendagri Nomor 300.2.2-2430 Tahun 2025 (region codes).
 * @category Wilayah
 */
export const KodeKecamatanSchema = kodeSchema(3);

/**
 * A desa or kelurahan code: the kecamatan's, a dot, four digits, e.g.
 * `'32.04.11.2001'`.
 *
 * @example
 * // Four digits are needed after the kecamatan
 * KodeDesaSchema.safeParse('32.04.11.201').success;
 * //=> false
 *
 * @see Kepmendagri Nomor 300.2.2-2430 Tahun 2025 (region codes).
 * @category Wilayah
 */
export const KodeDesaSchema = kodeSchema(4);

/**
 * The number of an RW within its desa, or of an RT within its RW: a
 * whole number from 1.
 *
 * @example
 * // There is no RT 0
 * NomorWilayahSchema.safeParse(0).success;
 * //=> false
 *
 * @see Lampiran BAB I huruf D angka 24 and angka 25.
 * @category Wilayah
 */
export const NomorWilayahSchema = z.int().min(1);

/**
 * Decides the tier of a Kemendagri region code by its shape.
 *
 * @param kode - A text that may be a region code.
 * @returns The tier, or `null` when the text has the shape of no tier.
 * @throws {@link ImpInputError} when `kode` is not a string.
 *
 * @example
 * // A desa code, and a text that is no code
 * [tingkatKodeWilayah('32.04.11.2001'), tingkatKodeWilayah('32-04')];
 * //=> ['desa-kelurahan', null]
 *
 * @see Kepmendagri Nomor 300.2.2-2430 Tahun 2025 (region codes).
 * @category Wilayah
 */
export function tingkatKodeWilayah(kode: string): TingkatKode | null {
  const input = parseInput({ kode: z.string() }, { kode });
  const index = SEGMEN.findIndex((_, i) => pola(i + 1).test(input.kode));
  return TINGKAT_KODE[index] ?? null;
}

/**
 * Checks that a child's region code extends its parent's: the child is
 * one tier lower and starts with the parent's code.
 *
 * @param induk - The parent's code, e.g. a kecamatan's.
 * @param anak - The child's code, e.g. a desa's.
 * @returns `true` when `anak` lies directly within `induk`.
 * @throws {@link ImpInputError} when either is not a region code.
 *
 * @example
 * // A desa within its kecamatan, and one within another
 * [
 *   isKodeWilayahTurunan('32.04.11', '32.04.11.2001'),
 *   isKodeWilayahTurunan('32.04.12', '32.04.11.2001'),
 * ];
 * //=> [true, false]
 *
 * @see Kepmendagri Nomor 300.2.2-2430 Tahun 2025 (region codes).
 * @category Wilayah
 */
export function isKodeWilayahTurunan(induk: string, anak: string): boolean {
  const kode = z.union([
    KodeProvinsiSchema,
    KodeKabupatenKotaSchema,
    KodeKecamatanSchema,
    KodeDesaSchema,
  ]);
  const input = parseInput({ induk: kode, anak: kode }, { induk, anak });
  const depth = (k: string) => k.split('.').length;
  return (
    depth(input.anak) === depth(input.induk) + 1 &&
    input.anak.startsWith(`${input.induk}.`)
  );
}

const poktanSchema = z.array(JenisPoktanSchema).default([]);

const RtSchema = z.object({
  nomor: NomorWilayahSchema,
  kelompokKb: z.boolean().default(false),
  poktan: poktanSchema,
});

const RwSchema = z.object({
  nomor: NomorWilayahSchema,
  dusun: z.string().trim().min(1).optional(),
  subImp: z.boolean().default(false),
  poktan: poktanSchema,
  rt: z.array(RtSchema).default([]),
});

/**
 * A desa or kelurahan with its RW (or dusun) and their RT, and the
 * institutions that exist at each place: the IMP Bangga Kencana at the
 * desa, a Sub IMP at an RW, a Kelompok KB at an RT, and the Poktan of
 * each place, whose tier is the place where they are listed.
 *
 * @remarks
 * An institution left out is read as not existing. Duplicate RW or RT
 * numbers are checked by {@link validateDesa}, not by this schema.
 *
 * @example
 * // A desa with one RW and one RT, its IMP not yet formed
 * const desa = DesaSchema.parse({
 *   kode: '32.04.11.2001',
 *   nama: 'Sukamaju',
 *   rw: [{ nomor: 1, rt: [{ nomor: 1, kelompokKb: true }] }],
 * });
 * [desa.imp, desa.rw[0].subImp, desa.rw[0].rt[0].kelompokKb];
 * //=> [false, false, true]
 *
 * @see Lampiran BAB I huruf D angka 13 to angka 15.
 * @category Wilayah
 */
export const DesaSchema = z.object({
  kode: KodeDesaSchema,
  nama: z.string().trim().min(1),
  imp: z.boolean().default(false),
  poktan: poktanSchema,
  rw: z.array(RwSchema).default([]),
});

/**
 * A desa tree as {@link DesaSchema} reads it.
 *
 * @category Wilayah
 */
export type Desa = z.input<typeof DesaSchema>;

/**
 * A desa tree after {@link validateDesa}: defaults filled in.
 *
 * @category Wilayah
 */
export type DesaValid = z.output<typeof DesaSchema>;

/**
 * Validates a desa tree and reports every problem in one pass: bad
 * codes, missing names, and RW or RT numbers used twice.
 *
 * @param desa - The desa with its RW, RT and institutions.
 * @returns The desa with defaults filled in. Frozen.
 * @throws {@link ImpInputError} listing every problem found.
 *
 * @example
 * // Two RW numbered 1 are reported together with a bad code
 * const result = safeValidateDesa({
 *   kode: '32.04.11',
 *   nama: 'Sukamaju',
 *   rw: [{ nomor: 1 }, { nomor: 1 }],
 * });
 * result.success ? null : result.error.issues.map((i) => i.code);
 * //=> ['invalid_input', 'duplicate_value']
 *
 * @see Lampiran BAB I huruf D angka 22 to angka 25.
 * @category Wilayah
 */
export function validateDesa(desa: Desa): DesaValid {
  const schemas = { desa: DesaSchema };
  const rwShape = z.object({ rw: z.array(z.unknown()) });
  const issues = duplicates(rwShape.safeParse(desa).data?.rw ?? []);
  const input = parseInput(schemas, { desa }, () => issues);
  return deepFreeze(input.desa);
}

/**
 * {@link validateDesa} that returns its input error instead of throwing
 * it.
 *
 * @param desa - As for {@link validateDesa}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // A desa without a name is refused, by its path
 * const result = safeValidateDesa({ kode: '32.04.11.2001' } as never);
 * result.success ? null : result.error.issues[0].path;
 * //=> ['desa', 'nama']
 *
 * @see Lampiran BAB I huruf D angka 22 to angka 25.
 * @category Wilayah
 */
export const safeValidateDesa: (desa: Desa) => SafeResult<DesaValid> =
  safely(validateDesa);

function duplicates(rws: readonly unknown[]): InputIssue[] {
  const rtShape = z.object({ rt: z.array(z.unknown()) });
  return [
    ...repeated(rws, ['desa', 'rw']),
    ...rws.flatMap((rw, i) =>
      repeated(rtShape.safeParse(rw).data?.rt ?? [], ['desa', 'rw', i, 'rt']),
    ),
  ];
}

function repeated(
  places: readonly unknown[],
  path: readonly (string | number)[],
): InputIssue[] {
  const nomorShape = z.object({ nomor: NomorWilayahSchema });
  const seen = new Set<number>();
  return places.flatMap((place, i) => {
    const nomor = nomorShape.safeParse(place).data?.nomor;
    if (nomor === undefined) return [];
    if (!seen.has(nomor)) {
      seen.add(nomor);
      return [];
    }
    return [issue('duplicate_value', [...path, i, 'nomor'], DUPLIKAT)];
  });
}

const DUPLIKAT = {
  id: 'Nomor ini sudah dipakai di tempat yang sama.',
  en: 'This number is already used at the same place.',
};
