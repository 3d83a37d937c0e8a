import * as z from 'zod';
import {
  type Citation,
  cite,
  KEPUTUSAN_84_2024,
  UU_1_1974,
  UU_16_2019,
} from './citation.js';
import type { InputIssue, SafeResult } from './errors.js';
import { deepFreeze } from './internal/freeze.js';
import { issue, parseInput, safely } from './internal/input.js';
import type { Label } from './label.js';
import {
  birthNotAfter,
  later,
  type Tanggal,
  TanggalSchema,
  tanggalUsia,
  usia,
} from './tanggal.js';

/**
 * Sex as the marriage law and the PUP ages distinguish it.
 *
 * @example
 * // Only the two values the marriage law knows are accepted
 * JenisKelaminSchema.options;
 * //=> ['laki-laki', 'perempuan']
 *
 * @category PUP
 */
export const JenisKelaminSchema = z.enum(['laki-laki', 'perempuan']);

/**
 * `'laki-laki'` (male) or `'perempuan'` (female).
 *
 * @category PUP
 */
export type JenisKelamin = z.output<typeof JenisKelaminSchema>;

/**
 * The ideal ages to marry that the decree promotes under Pendewasaan Usia
 * Perkawinan: 25 for a man, 21 for a woman.
 *
 * @remarks
 * The clause pairs "pria dan wanita" with "25 dan 21 tahun" by word order,
 * and does not say whether the age is a floor or an exact target; the
 * library reads it as a floor ("at least"). It is advice, not a legal bar.
 *
 * @example
 * // The ideal age of a woman
 * USIA_IDEAL_PERKAWINAN.perempuan;
 * //=> 21
 *
 * @see Lampiran BAB IV huruf A angka 2 penjelasan huruf h angka 1).
 * @category PUP
 */
export const USIA_IDEAL_PERKAWINAN = deepFreeze({
  'laki-laki': 25,
  perempuan: 21,
  berlakuSejak: KEPUTUSAN_84_2024.berlakuSejak,
  citation: cite(
    KEPUTUSAN_84_2024,
    'Lampiran BAB IV huruf A angka 2 penjelasan huruf h angka 1)',
  ),
} as const);

/**
 * The legal minimum ages to marry, each with the day from which it holds,
 * oldest first. A wedding is judged by the entry in force on its day.
 *
 * @example
 * // The minimum age of a woman since 15 October 2019
 * USIA_MINIMAL_PERKAWINAN[1].perempuan;
 * //=> 19
 *
 * @see Undang-Undang Nomor 1 Tahun 1974, Pasal 7 ayat (1).
 * @see Undang-Undang Nomor 16 Tahun 2019, Pasal 7 ayat (1).
 * @category PUP
 */
export const USIA_MINIMAL_PERKAWINAN = deepFreeze([
  {
    berlakuSejak: UU_1_1974.berlakuSejak,
    'laki-laki': 19,
    perempuan: 16,
    citation: cite(UU_1_1974, 'Pasal 7 ayat (1)'),
  },
  {
    berlakuSejak: UU_16_2019.berlakuSejak,
    'laki-laki': 19,
    perempuan: 19,
    citation: cite(UU_16_2019, 'Pasal 7 ayat (1)'),
  },
] as const);

/**
 * A person as {@link assessPup} reads them. Other keys are ignored.
 *
 * @example
 * // A man, with his name left out of what is kept
 * OrangSchema.parse({
 *   jenisKelamin: 'laki-laki',
 *   tanggalLahir: '1998-11-30',
 *   nama: 'Budi',
 * });
 * //=> { jenisKelamin: 'laki-laki', tanggalLahir: '1998-11-30' }
 *
 * @category PUP
 */
export const OrangSchema = z.object({
  jenisKelamin: JenisKelaminSchema,
  tanggalLahir: TanggalSchema,
});

/**
 * A person as {@link assessPup} reads them.
 *
 * @category PUP
 */
export type Orang = z.input<typeof OrangSchema>;

/**
 * A note on a PUP result, with a stable id:
 * - `'sebelum-berlaku'`: the wedding day is before the decree came into
 *   force, so its ideal is shown for reference only;
 * - `'di-bawah-usia-minimal'`: below the legal minimum, so the marriage
 *   needs a court dispensation.
 *
 * @category PUP
 */
export type CatatanPup = {
  readonly id: 'sebelum-berlaku' | 'di-bawah-usia-minimal';
  readonly label: Label;
};

/**
 * The answer of {@link assessPup}.
 *
 * @category PUP
 */
export type PupResult = {
  /** Completed years on the wedding day. */
  readonly usia: number;
  /** The ideal age for this person's sex. */
  readonly usiaIdeal: 25 | 21;
  /** Whether `usia` is at least `usiaIdeal`. */
  readonly memenuhiUsiaIdeal: boolean;
  /** The first day on which `usiaIdeal` is reached. */
  readonly tanggalUsiaIdeal: Tanggal;
  /** The legal minimum in force on the wedding day. */
  readonly usiaMinimal: number;
  /** Whether `usia` is at least `usiaMinimal`. */
  readonly memenuhiUsiaMinimal: boolean;
  /** The first day on which `usiaMinimal` is reached. */
  readonly tanggalUsiaMinimal: Tanggal;
  /** True when the wedding day is before the decree came into force. */
  readonly sebelumBerlaku: boolean;
  /** Notes a counsellor should see; see {@link CatatanPup}. */
  readonly catatan: readonly CatatanPup[];
  /** The decree's clause on the ideal, then the law applied. */
  readonly citations: readonly [Citation, Citation];
};

/**
 * Judges a person's age at marriage against the decree's ideal and the
 * legal minimum in force on the wedding day.
 *
 * @remarks
 * The legal minimum is that of the law in force on `tanggalMenikah`: from
 * 15 October 2019, 19 for both; from 2 January 1974, 19 for a man and 16
 * for a woman. Earlier days are outside what the library models and are
 * refused. The decree's ideal is applied to any day asked; a day before
 * 18 April 2024 sets `sebelumBerlaku` and adds a note.
 *
 * @param orang - The person's sex and birth date.
 * @param tanggalMenikah - The wedding day, planned or past, `YYYY-MM-DD`.
 * @returns Age, ideal and minimum, whether each is met, the first day each
 *   is reached, notes and citations. Frozen.
 * @throws {@link ImpInputError} when the input is not of the documented
 *   shape, a date is not real, the birth is after the wedding day, or the
 *   wedding day is before 2 January 1974.
 *
 * @example
 * // A bride of 20 on her wedding day in 2025
 * const result = assessPup(
 *   { jenisKelamin: 'perempuan', tanggalLahir: '2005-01-01' },
 *   '2025-06-01',
 * );
 * [result.usia, result.memenuhiUsiaIdeal, result.tanggalUsiaIdeal];
 * //=> [20, false, '2026-01-01']
 *
 * @see Lampiran BAB IV huruf A angka 2 penjelasan huruf h angka 1).
 * @category PUP
 */
export function assessPup(orang: Orang, tanggalMenikah: string): PupResult {
  const input = parseInput(
    { orang: OrangSchema, tanggalMenikah: TanggalSchema },
    { orang, tanggalMenikah },
    (p) => [
      ...birthNotAfter(
        ['orang', 'tanggalLahir'],
        p.orang?.tanggalLahir,
        p.tanggalMenikah,
      ),
      ...withinMarriageLaw(['tanggalMenikah'], p.tanggalMenikah),
    ],
  );
  return judge(input.orang, input.tanggalMenikah);
}

/**
 * {@link assessPup} that returns its input error instead of throwing it.
 *
 * @param orang - As for {@link assessPup}.
 * @param tanggalMenikah - As for {@link assessPup}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // A birth after the wedding day is an input error
 * const result = safeAssessPup(
 *   { jenisKelamin: 'laki-laki', tanggalLahir: '2030-01-01' },
 *   '2025-01-01',
 * );
 * result.success ? null : result.error.issues[0].code;
 * //=> 'birth_after_date'
 *
 * @see Lampiran BAB IV huruf A angka 2 penjelasan huruf h angka 1).
 * @category PUP
 */
export const safeAssessPup: (
  orang: Orang,
  tanggalMenikah: string,
) => SafeResult<PupResult> = safely(assessPup);

/**
 * A bride and groom (calon pengantin) as {@link assessPupCatin} reads
 * them: the birth date of each.
 *
 * @example
 * // A pair without the bride's birth date is refused
 * CatinSchema.safeParse({ calonSuami: { tanggalLahir: '1999-01-01' } })
 *   .success;
 * //=> false
 *
 * @category PUP
 */
export const CatinSchema = z.object({
  calonSuami: z.object({ tanggalLahir: TanggalSchema }),
  calonIstri: z.object({ tanggalLahir: TanggalSchema }),
});

/**
 * A bride and groom as {@link assessPupCatin} reads them.
 *
 * @category PUP
 */
export type Catin = z.input<typeof CatinSchema>;

/**
 * The answer of {@link assessPupCatin}.
 *
 * @category PUP
 */
export type PupCatinResult = {
  /** The groom judged alone. */
  readonly calonSuami: PupResult;
  /** The bride judged alone. */
  readonly calonIstri: PupResult;
  /** Whether both have reached their ideal age on the wedding day. */
  readonly memenuhiUsiaIdeal: boolean;
  /** The earliest day on which both have reached their ideal age. */
  readonly tanggalUsiaIdeal: Tanggal;
  /** Whether both meet the legal minimum in force on the wedding day. */
  readonly memenuhiUsiaMinimal: boolean;
  /** The earliest day on which both meet that minimum. */
  readonly tanggalUsiaMinimal: Tanggal;
};

/**
 * Judges a bride and groom together, as a counsellor of calon pengantin
 * would: each against the ideal and the legal minimum, and the earliest
 * day on which both reach them.
 *
 * @remarks
 * Each is judged as by {@link assessPup}; the pair's days are the later
 * of the two. The legal minimum is that in force on `tanggalMenikah`.
 *
 * @param catin - The birth dates of the groom and the bride.
 * @param tanggalMenikah - The planned wedding day, `YYYY-MM-DD`.
 * @returns Each person's result and the pair's. Frozen.
 * @throws {@link ImpInputError} as {@link assessPup} does, for either.
 *
 * @example
 * // A groom of 24 and a bride of 22: the ideal waits for the groom
 * const result = assessPupCatin(
 *   {
 *     calonSuami: { tanggalLahir: '2001-03-01' },
 *     calonIstri: { tanggalLahir: '2003-01-15' },
 *   },
 *   '2025-07-01',
 * );
 * [result.memenuhiUsiaIdeal, result.tanggalUsiaIdeal];
 * //=> [false, '2026-03-01']
 *
 * @see Lampiran BAB IV huruf A angka 2 penjelasan huruf h angka 1).
 * @category PUP
 */
export function assessPupCatin(
  catin: Catin,
  tanggalMenikah: string,
): PupCatinResult {
  const input = parseInput(
    { catin: CatinSchema, tanggalMenikah: TanggalSchema },
    { catin, tanggalMenikah },
    (p) => [
      ...(['calonSuami', 'calonIstri'] as const).flatMap((role) =>
        birthNotAfter(
          ['catin', role, 'tanggalLahir'],
          p.catin?.[role].tanggalLahir,
          p.tanggalMenikah,
        ),
      ),
      ...withinMarriageLaw(['tanggalMenikah'], p.tanggalMenikah),
    ],
  );

  const { calonSuami, calonIstri } = input.catin;
  const day = input.tanggalMenikah;
  const suami = judge({ ...calonSuami, jenisKelamin: 'laki-laki' }, day);
  const istri = judge({ ...calonIstri, jenisKelamin: 'perempuan' }, day);

  return deepFreeze({
    calonSuami: suami,
    calonIstri: istri,
    memenuhiUsiaIdeal: suami.memenuhiUsiaIdeal && istri.memenuhiUsiaIdeal,
    tanggalUsiaIdeal: later(suami.tanggalUsiaIdeal, istri.tanggalUsiaIdeal),
    memenuhiUsiaMinimal: suami.memenuhiUsiaMinimal && istri.memenuhiUsiaMinimal,
    tanggalUsiaMinimal: later(
      suami.tanggalUsiaMinimal,
      istri.tanggalUsiaMinimal,
    ),
  });
}

/**
 * {@link assessPupCatin} that returns its input error instead of throwing
 * it.
 *
 * @param catin - As for {@link assessPupCatin}.
 * @param tanggalMenikah - As for {@link assessPupCatin}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // A missing bride is reported by its path
 * const result = safeAssessPupCatin(
 *   { calonSuami: { tanggalLahir: '2000-01-01' } } as never,
 *   '2025-01-01',
 * );
 * result.success ? null : result.error.issues[0].path;
 * //=> ['catin', 'calonIstri']
 *
 * @see Lampiran BAB IV huruf A angka 2 penjelasan huruf h angka 1).
 * @category PUP
 */
export const safeAssessPupCatin: (
  catin: Catin,
  tanggalMenikah: string,
) => SafeResult<PupCatinResult> = safely(assessPupCatin);

type ValidOrang = { jenisKelamin: JenisKelamin; tanggalLahir: Tanggal };

function judge(orang: ValidOrang, tanggalMenikah: Tanggal): PupResult {
  const sex = orang.jenisKelamin;
  const minimal = minimalOn(tanggalMenikah);
  const usiaMenikah = usia(orang.tanggalLahir, tanggalMenikah);
  const usiaIdeal = USIA_IDEAL_PERKAWINAN[sex];
  const usiaMinimal = minimal[sex];
  const sebelumBerlaku = tanggalMenikah < USIA_IDEAL_PERKAWINAN.berlakuSejak;
  const memenuhiUsiaMinimal = usiaMenikah >= usiaMinimal;

  return deepFreeze({
    usia: usiaMenikah,
    usiaIdeal,
    memenuhiUsiaIdeal: usiaMenikah >= usiaIdeal,
    tanggalUsiaIdeal: tanggalUsia(orang.tanggalLahir, usiaIdeal),
    usiaMinimal,
    memenuhiUsiaMinimal,
    tanggalUsiaMinimal: tanggalUsia(orang.tanggalLahir, usiaMinimal),
    sebelumBerlaku,
    catatan: [
      ...(sebelumBerlaku ? [CATATAN['sebelum-berlaku']] : []),
      ...(memenuhiUsiaMinimal ? [] : [CATATAN['di-bawah-usia-minimal']]),
    ],
    citations: [USIA_IDEAL_PERKAWINAN.citation, minimal.citation],
  });
}

// Days before the first law are refused by withinMarriageLaw, so the
// first entry is only a starting point, never an answer for them.
function minimalOn(tanggal: Tanggal) {
  return USIA_MINIMAL_PERKAWINAN.reduce<
    (typeof USIA_MINIMAL_PERKAWINAN)[number]
  >(
    (found, entry) => (entry.berlakuSejak <= tanggal ? entry : found),
    USIA_MINIMAL_PERKAWINAN[0],
  );
}

function withinMarriageLaw(
  path: readonly string[],
  tanggal: Tanggal | undefined,
): InputIssue[] {
  const first = USIA_MINIMAL_PERKAWINAN[0].berlakuSejak;
  if (tanggal === undefined || tanggal >= first) return [];
  return [
    issue('out_of_range', path, {
      id: 'Tanggal menikah sebelum UU 1/1974 berlaku tidak dinilai.',
      en: 'Wedding days before Law 1/1974 came into force are not judged.',
    }),
  ];
}

const CATATAN: { [K in CatatanPup['id']]: CatatanPup } = {
  'sebelum-berlaku': {
    id: 'sebelum-berlaku',
    label: {
      id:
        'Tanggal menikah sebelum Keputusan 84/KEP/G3/2024 berlaku; usia ' +
        'ideal tetap ditunjukkan sebagai rujukan.',
      en:
        'The wedding day is before Decree 84/KEP/G3/2024 came into ' +
        'force; the ideal age is still shown for reference.',
    },
  },
  'di-bawah-usia-minimal': {
    id: 'di-bawah-usia-minimal',
    label: {
      id:
        'Di bawah usia minimal menurut undang-undang: perkawinan ' +
        'memerlukan dispensasi pengadilan.',
      en:
        'Below the legal minimum age: the marriage needs a court ' +
        'dispensation.',
    },
  },
};
