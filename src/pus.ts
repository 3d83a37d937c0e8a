import * as z from 'zod';
import { type Citation, cite, KEPUTUSAN_84_2024 } from './citation.js';
import type { SafeResult } from './errors.js';
import { deepFreeze } from './internal/freeze.js';
import { parseInput, safely } from './internal/input.js';
import type { Label } from './label.js';
import {
  birthNotAfter,
  readTanggal,
  type Tanggal,
  TanggalSchema,
  usia,
  usiaAntara,
} from './tanggal.js';

/**
 * The ages that the definition of PUS sets, with their clause.
 *
 * @remarks
 * How the words become operators: "antara 15 sampai dengan 49 tahun" is
 * `15 <= usia && usia <= 49`; "kurang dari 15" is `usia < 15`; "lebih dari
 * 50" is `usia > 50` read literally, or `usia >= 50` in the default
 * reading (see {@link AssessPusOptions}).
 *
 * @example
 * // The band in which a married couple is PUS whatever else is known
 * [KETENTUAN_PUS.usiaSuburMinimal, KETENTUAN_PUS.usiaSuburMaksimal];
 * //=> [15, 49]
 *
 * @see Lampiran BAB I huruf D angka 26.
 * @category PUS
 */
export const KETENTUAN_PUS = deepFreeze({
  citation: cite(KEPUTUSAN_84_2024, 'Lampiran BAB I huruf D angka 26'),
  berlakuSejak: KEPUTUSAN_84_2024.berlakuSejak,
  /** Lowest age of the band in which a married couple is always PUS. */
  usiaSuburMinimal: 15,
  /** Highest age of that band. */
  usiaSuburMaksimal: 49,
  /** Age after which a wife counts only while she menstruates. */
  usiaLanjut: 50,
});

/**
 * A couple as the PUS rule needs it. Other keys a record may carry (names,
 * NIK) are ignored, and never read.
 *
 * @example
 * // A married couple whose wife's menstruation is not recorded
 * PasanganSchema.parse({
 *   menikah: true,
 *   istri: { tanggalLahir: '1990-05-01' },
 * }).istri.haid;
 * //=> undefined
 *
 * @category PUS
 */
export const PasanganSchema = z.object({
  /** Whether the two are husband and wife. */
  menikah: z.boolean(),
  istri: z.object({
    /** The wife's birth date, `YYYY-MM-DD`. */
    tanggalLahir: TanggalSchema,
    /** Whether she menstruates; leave out when it is not known. */
    haid: z.boolean().optional(),
  }),
});

/**
 * A couple as {@link assessPus} reads it.
 *
 * @category PUS
 */
export type Pasangan = z.input<typeof PasanganSchema>;

/**
 * Options of {@link assessPus}.
 *
 * @example
 * // The literal reading of "lebih dari 50"
 * const options: AssessPusOptions = { usia50: 'harfiah' };
 *
 * @category PUS
 */
export const AssessPusOptionsSchema = z.strictObject({
  /**
   * How to read a wife of exactly 50 completed years, whom neither part of
   * the definition names. `'inklusif'` (default): 50 and over counts while
   * she menstruates, since "more than 50 years" of continuous age begins
   * the day after the 50th birthday. `'harfiah'`: "lebih dari 50" in
   * completed years, so 50 is never PUS.
   */
  usia50: z.enum(['inklusif', 'harfiah']).optional(),
});

/**
 * Options of {@link assessPus}.
 *
 * @category PUS
 */
export type AssessPusOptions = z.input<typeof AssessPusOptionsSchema>;

/**
 * The part of the PUS definition that decided:
 * - `'tidak-menikah'`: not a married couple, so never PUS;
 * - `'usia-subur'`: wife 15 to 49, PUS whatever her menstruation;
 * - `'di-bawah-15'`: wife under 15, PUS only if she menstruates;
 * - `'50-ke-atas'`: wife over 50 (or exactly 50, by default), PUS only
 *   while she menstruates;
 * - `'tepat-50'`: wife of exactly 50 under the literal reading, which no
 *   part covers.
 *
 * @category PUS
 */
export type KetentuanPus =
  | 'tidak-menikah'
  | 'usia-subur'
  | 'di-bawah-15'
  | '50-ke-atas'
  | 'tepat-50';

/**
 * The answer of {@link assessPus}.
 *
 * @category PUS
 */
export type PusResult = {
  /** PUS, not PUS, or not decidable without a missing fact. */
  readonly status: 'pus' | 'bukan-pus' | 'tidak-dapat-ditentukan';
  /** The wife's completed years on the day judged. */
  readonly usiaIstri: number;
  /** Facts still needed to decide; empty when decided. */
  readonly kurang: readonly 'haid'[];
  /** The part of the definition that decided. */
  readonly ketentuan: KetentuanPus;
  /** Why, in words. */
  readonly alasan: Label;
  /** True when the day judged is before the decree came into force. */
  readonly sebelumBerlaku: boolean;
  /** The clause applied. */
  readonly citation: Citation;
};

const ALASAN: Record<KetentuanPus, Label> = deepFreeze({
  'tidak-menikah': {
    id: 'Hanya pasangan suami istri yang dapat menjadi PUS.',
    en: 'Only a married couple can be PUS.',
  },
  'usia-subur': {
    id: 'Istri berusia 15–49 tahun: PUS tanpa melihat haid.',
    en: 'Wife aged 15–49: PUS whether or not she menstruates.',
  },
  'di-bawah-15': {
    id: 'Istri di bawah 15 tahun: PUS hanya bila sudah haid.',
    en: 'Wife under 15: PUS only if she already menstruates.',
  },
  '50-ke-atas': {
    id: 'Istri berusia 50 tahun atau lebih: PUS hanya bila masih haid.',
    en: 'Wife of 50 or more: PUS only while she still menstruates.',
  },
  'tepat-50': {
    id: 'Istri tepat 50 tahun, dibaca harfiah: tidak termasuk PUS.',
    en: 'Wife of exactly 50, read literally: not PUS.',
  },
});

/**
 * Decides whether a couple is a Pasangan Usia Subur (PUS) on a given day.
 *
 * A married couple is PUS when the wife is 15 to 49; when she is younger,
 * only if she menstruates; when she is older, only while she still does.
 * Where menstruation decides and is not given, the answer is
 * `'tidak-dapat-ditentukan'` and `kurang` names `'haid'`: never a guess.
 *
 * @remarks
 * Ages are completed years on `tanggal`. The definition leaves a wife of
 * exactly 50 in neither part; by default she is read with the over-50
 * part (option `usia50`). The rule is applied to any day asked; a day
 * before 18 April 2024 sets `sebelumBerlaku`.
 *
 * @param pasangan - The couple: whether married, the wife's birth date
 *   and, where known, whether she menstruates.
 * @param tanggal - The day judged, `YYYY-MM-DD`.
 * @param options - How to read the unclear clause; see
 *   {@link AssessPusOptions}.
 * @returns The status, the wife's age, the missing facts, the part of the
 *   definition that decided, and its clause. Frozen.
 * @throws {@link ImpInputError} when the input is not of the documented
 *   shape, a date is not real, or the wife's birth is after `tanggal`.
 *
 * @example
 * // A wife of 52 whose menstruation is not recorded
 * const result = assessPus(
 *   { menikah: true, istri: { tanggalLahir: '1972-03-10' } },
 *   '2025-01-01',
 * );
 * [result.status, result.kurang];
 * //=> ['tidak-dapat-ditentukan', ['haid']]
 *
 * @see Lampiran BAB I huruf D angka 26.
 * @category PUS
 */
export function assessPus(
  pasangan: Pasangan,
  tanggal: string,
  options?: AssessPusOptions,
): PusResult {
  const fakta =
    readFakta(pasangan, tanggal, options) ??
    parseFakta(pasangan, tanggal, options);

  const { usiaIstri } = fakta;
  const ketentuan = ketentuanFor(fakta.menikah, usiaIstri, fakta.usia50);
  const status = statusFor(ketentuan, fakta.haid);

  // Every part is frozen already, so freezing the top is freezing it all.
  return Object.freeze({
    status,
    usiaIstri,
    kurang: status === 'tidak-dapat-ditentukan' ? KURANG_HAID : TIDAK_KURANG,
    ketentuan,
    alasan: ALASAN[ketentuan],
    sebelumBerlaku: fakta.tanggal < KETENTUAN_PUS.berlakuSejak,
    citation: KETENTUAN_PUS.citation,
  });
}

/**
 * {@link assessPus} that returns its input error instead of throwing it.
 *
 * @param pasangan - As for {@link assessPus}.
 * @param tanggal - As for {@link assessPus}.
 * @param options - As for {@link assessPus}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // An impossible date gives an error value, not an exception
 * safeAssessPus(
 *   { menikah: true, istri: { tanggalLahir: '2023-02-29' } },
 *   '2025-01-01',
 * ).success;
 * //=> false
 *
 * @see Lampiran BAB I huruf D angka 26.
 * @category PUS
 */
export const safeAssessPus: (
  pasangan: Pasangan,
  tanggal: string,
  options?: AssessPusOptions,
) => SafeResult<PusResult> = /* @__PURE__ */ safely(assessPus);

const OPTIONS = AssessPusOptionsSchema.optional().transform((o) => o ?? {});
const USIA_50: readonly unknown[] =
  AssessPusOptionsSchema.shape.usia50.unwrap().options;
const KURANG_HAID: readonly 'haid'[] = Object.freeze(['haid' as const]);
const TIDAK_KURANG: readonly 'haid'[] = Object.freeze([]);

/** What the rule reads from valid arguments. */
export type FaktaPus = {
  readonly menikah: boolean;
  readonly haid: boolean | undefined;
  readonly usiaIstri: number;
  readonly usia50: 'inklusif' | 'harfiah' | undefined;
  readonly tanggal: Tanggal;
};

/**
 * The facts, read through the schemas; throws the {@link ImpInputError}
 * that names every problem.
 */
export function parseFakta(
  pasangan: unknown,
  tanggal: unknown,
  options: unknown,
): FaktaPus {
  const input = parseInput(
    { pasangan: PasanganSchema, tanggal: TanggalSchema, options: OPTIONS },
    { pasangan, tanggal, options },
    (p) =>
      birthNotAfter(
        ['pasangan', 'istri', 'tanggalLahir'],
        p.pasangan?.istri.tanggalLahir,
        p.tanggal,
      ),
  );
  const { menikah, istri } = input.pasangan;
  return {
    menikah,
    haid: istri.haid,
    usiaIstri: usia(istri.tanggalLahir, input.tanggal),
    usia50: input.options.usia50,
    tanggal: input.tanggal,
  };
}

/**
 * The facts, read by hand when the arguments are plainly of the
 * documented shape; `undefined` sends them to {@link parseFakta}.
 *
 * @remarks
 * The schemas are most of the cost of a call. This check accepts only
 * what they accept, and gives the same facts (a test holds the two
 * equal); anything it is unsure of goes through the schemas, which name
 * every problem.
 */
export function readFakta(
  pasangan: unknown,
  tanggal: unknown,
  options: unknown,
): FaktaPus | undefined {
  const p = pasangan as { menikah?: unknown; istri?: unknown };
  if (!isRecord(p) || typeof p.menikah !== 'boolean') return undefined;
  const istri = p.istri as { tanggalLahir?: unknown; haid?: unknown };
  if (!isRecord(istri)) return undefined;

  const { haid } = istri;
  const lahir = readTanggal(istri.tanggalLahir);
  const hari = readTanggal(tanggal);
  if (lahir < 0 || hari < lahir) return undefined;
  if (haid !== undefined && typeof haid !== 'boolean') return undefined;
  if (!isPlainOptions(options)) return undefined;

  return {
    menikah: p.menikah,
    haid,
    usiaIstri: usiaAntara(lahir, hari),
    usia50: (options as AssessPusOptions | undefined)?.usia50,
    tanggal: tanggal as Tanggal,
  };
}

function isPlainOptions(options: unknown): boolean {
  if (options === undefined) return true;
  if (!isRecord(options)) return false;
  // zod's strict object refuses every other key `for…in` sees.
  for (const key in options) if (key !== 'usia50') return false;
  const { usia50 } = options as { usia50?: unknown };
  return usia50 === undefined || USIA_50.includes(usia50);
}

function isRecord(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The part of the definition that applies, for valid facts. @internal */
export function ketentuanFor(
  menikah: boolean,
  usiaIstri: number,
  usia50: 'inklusif' | 'harfiah' = 'inklusif',
): KetentuanPus {
  const k = KETENTUAN_PUS;
  if (!menikah) return 'tidak-menikah';
  if (usiaIstri < k.usiaSuburMinimal) return 'di-bawah-15';
  if (usiaIstri <= k.usiaSuburMaksimal) return 'usia-subur';

  // Between 49 and "lebih dari 50" lies the 50th year, named by neither
  // part of the definition: see AssessPusOptions.
  if (usiaIstri > k.usiaLanjut || usia50 === 'inklusif') return '50-ke-atas';
  return 'tepat-50';
}

/** The status a part of the definition gives. @internal */
export function statusFor(
  ketentuan: KetentuanPus,
  haid: boolean | undefined,
): PusResult['status'] {
  switch (ketentuan) {
    case 'usia-subur':
      return 'pus';
    case 'di-bawah-15':
    case '50-ke-atas':
      if (haid === undefined) return 'tidak-dapat-ditentukan';
      return haid ? 'pus' : 'bukan-pus';
    default:
      return 'bukan-pus';
  }
}
