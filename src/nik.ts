import * as z from 'zod';
import { type Citation, cite, KEPUTUSAN_84_2024 } from './citation.js';
import { ImpInputError, type SafeResult } from './errors.js';
import { deepFreeze } from './internal/freeze.js';
import { issue, parseInput, safely } from './internal/input.js';
import type { Label } from './label.js';
import { type JenisKelamin, JenisKelaminSchema } from './pup.js';
import { type Tanggal, TanggalSchema } from './tanggal.js';

// The day of birth of a woman is written with 40 added.
const TAMBAHAN_PEREMPUAN = 40;

type Bagian = { dd: number; mm: number; yy: number; urut: string };

function bagian(nik: string): Bagian {
  return {
    dd: Number(nik.slice(6, 8)),
    mm: Number(nik.slice(8, 10)),
    yy: Number(nik.slice(10, 12)),
    urut: nik.slice(12, 16),
  };
}

function hariDalamBulan(tahun: number, bulan: number): number {
  return new Date(Date.UTC(tahun, bulan, 0)).getUTCDate();
}

// A two-digit year ending in 00 is a leap year in 2000, so 29 February is
// a real day for every year divisible by four.
function bentukSah(nik: string): boolean {
  if (!/^\d{16}$/.test(nik)) return true;
  const { dd, mm, yy, urut } = bagian(nik);
  const hari = dd > TAMBAHAN_PEREMPUAN ? dd - TAMBAHAN_PEREMPUAN : dd;
  const tahunContoh = 2000 + yy;
  return (
    urut !== '0000' &&
    mm >= 1 &&
    mm <= 12 &&
    hari >= 1 &&
    hari <= hariDalamBulan(tahunContoh, mm)
  );
}

/**
 * A NIK (Nomor Induk Kependudukan), the number on the KTP: 16 digits, the
 * issuing region (province, kabupaten/kota, kecamatan: two digits each),
 * the birth date as DDMMYY with 40 added to a woman's day, and a serial
 * from 0001.
 *
 * @remarks
 * The region part is where the NIK was issued and stays valid after the
 * region is split or renamed, so it is checked as digits only, never
 * against a list of regions. The birth date must be a real day of the
 * month; 29 February is accepted for every two-digit year divisible by
 * four, as 2000 was a leap year. Messages never repeat the NIK.
 *
 * @example
 * // A woman's NIK, and one with month 13
 * [
 *   NikSchema.safeParse('3204115708900001').success,
 *   NikSchema.safeParse('3204111713900001').success,
 * ];
 * //=> [true, false]
 *
 * @see Lampiran BAB IV huruf A angka 1 huruf a.
 * @category NIK
 */
export const NikSchema = z
  .string()
  .regex(/^\d{16}$/)
  .refine(bentukSah);

/**
 * What a NIK tells, as {@link decodeNik} reads it.
 *
 * @category NIK
 */
export type NikTerbaca = {
  /** The issuing province, e.g. `'32'`. */
  readonly kodeProvinsi: string;
  /** The issuing kabupaten or kota, e.g. `'32.04'`. */
  readonly kodeKabupatenKota: string;
  /** The issuing kecamatan, e.g. `'32.04.11'`. */
  readonly kodeKecamatan: string;
  /** The birth date, its century chosen as the remarks explain. */
  readonly tanggalLahir: Tanggal;
  /** The sex the day of birth encodes. */
  readonly jenisKelamin: JenisKelamin;
  /** Where the decree asks for the KTP number. */
  readonly citation: Citation;
};

/**
 * Decodes a NIK into its issuing region, birth date and sex.
 *
 * @remarks
 * A NIK writes the birth year with two digits only. The birth year is
 * read as the latest year with those digits whose birth day is not after
 * `tanggalAcuan`, the day judged: someone of 100 or more is read 100
 * years too young. The region codes are where the NIK was issued, not
 * where the person lives, and may name a region that no longer exists.
 *
 * @param nik - The NIK, 16 digits.
 * @param tanggalAcuan - The day judged, `YYYY-MM-DD`.
 * @returns Region codes, birth date and sex. Frozen.
 * @throws {@link ImpInputError} when the NIK is not of the documented
 *   shape, the day judged is not a real date, or the birth day falls on
 *   a 29 February that the century read does not have.
 *
 * @example
 * // A woman born on 17 August 1990
 * const nik = decodeNik('3204115708900001', '2025-01-01');
 * [nik.kodeKecamatan, nik.tanggalLahir, nik.jenisKelamin];
 * //=> ['32.04.11', '1990-08-17', 'perempuan']
 *
 * @see Lampiran BAB IV huruf A angka 1 huruf a.
 * @category NIK
 */
export function decodeNik(nik: string, tanggalAcuan: string): NikTerbaca {
  const input = parseInput(
    { nik: NikSchema, tanggalAcuan: TanggalSchema },
    { nik, tanggalAcuan },
  );
  const { dd, mm, yy } = bagian(input.nik);
  const hari = dd > TAMBAHAN_PEREMPUAN ? dd - TAMBAHAN_PEREMPUAN : dd;
  const tahun = tahunLahir(yy, mm, hari, input.tanggalAcuan);
  const [p, k, c] = [0, 2, 4].map((i) => input.nik.slice(i, i + 2));

  return deepFreeze({
    kodeProvinsi: `${p}`,
    kodeKabupatenKota: `${p}.${k}`,
    kodeKecamatan: `${p}.${k}.${c}`,
    tanggalLahir: tanggal(tahun, mm, hari),
    jenisKelamin: dd > TAMBAHAN_PEREMPUAN ? 'perempuan' : 'laki-laki',
    citation: CITATION,
  });
}

/**
 * {@link decodeNik} that returns its input error instead of throwing it.
 *
 * @param nik - As for {@link decodeNik}.
 * @param tanggalAcuan - As for {@link decodeNik}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // A serial of 0000 is refused, and the NIK is not repeated
 * const result = safeDecodeNik('3204111708900000', '2025-01-01');
 * result.success ? null : result.error.issues[0].code;
 * //=> 'invalid_input'
 *
 * @see Lampiran BAB IV huruf A angka 1 huruf a.
 * @category NIK
 */
export const safeDecodeNik: (
  nik: string,
  tanggalAcuan: string,
) => SafeResult<NikTerbaca> = safely(decodeNik);

function tanggal(tahun: number, bulan: number, hari: number): Tanggal {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(tahun, 4)}-${pad(bulan, 2)}-${pad(hari, 2)}`;
}

function tahunLahir(yy: number, mm: number, hari: number, acuan: Tanggal) {
  const abad = Math.floor(Number(acuan.slice(0, 4)) / 100) * 100;
  const tahun =
    tanggal(abad + yy, mm, hari) <= acuan ? abad + yy : abad + yy - 100;
  if (hari > hariDalamBulan(tahun, mm)) {
    throw new ImpInputError([issue('invalid_date', ['nik'], BUKAN_KABISAT)]);
  }
  return tahun;
}

const CITATION = cite(
  KEPUTUSAN_84_2024,
  'Lampiran BAB IV huruf A angka 1 huruf a',
);

const BUKAN_KABISAT: Label = {
  id: 'Tanggal lahir dalam NIK tidak ada pada abad yang terbaca.',
  en: 'The birth date in the NIK does not exist in the century read.',
};

/**
 * What a person declares, to compare with their NIK.
 *
 * @example
 * // Only the birth date is declared
 * DataNikSchema.parse({ tanggalLahir: '1990-08-17' });
 * //=> { tanggalLahir: '1990-08-17' }
 *
 * @category NIK
 */
export const DataNikSchema = z.strictObject({
  tanggalLahir: TanggalSchema.optional(),
  jenisKelamin: JenisKelaminSchema.optional(),
});

/**
 * What a person declares, as {@link DataNikSchema} reads it.
 *
 * @category NIK
 */
export type DataNik = z.input<typeof DataNikSchema>;

/**
 * One mismatch between a NIK and what was declared, with a stable id.
 *
 * @category NIK
 */
export type SelisihNik = {
  readonly id: 'tanggal-lahir' | 'jenis-kelamin';
  readonly label: Label;
};

/**
 * The answer of {@link checkNik}.
 *
 * @category NIK
 */
export type CekNikResult = {
  /** True when nothing declared contradicts the NIK. */
  readonly cocok: boolean;
  /** Every mismatch found, in a fixed order. */
  readonly selisih: readonly SelisihNik[];
  /** What was not declared, so could not be compared. */
  readonly tidakDiperiksa: readonly SelisihNik['id'][];
};

/**
 * Checks a NIK against a declared birth date and sex, each when given,
 * and returns every mismatch.
 *
 * @remarks
 * The birth date is compared by day, month and the last two digits of the
 * year, which is all a NIK holds, so no century has to be chosen. A woman's
 * day is read with 40 taken off.
 *
 * @param nik - The NIK, 16 digits.
 * @param data - The declared birth date and sex; both optional.
 * @returns Whether all declared facts agree, and every mismatch. Frozen.
 * @throws {@link ImpInputError} when the NIK or the data is not of the
 *   documented shape.
 *
 * @example
 * // A NIK of a woman, declared as a man born on that day
 * const result = checkNik('3204115708900001', {
 *   tanggalLahir: '1990-08-17',
 *   jenisKelamin: 'laki-laki',
 * });
 * [result.cocok, result.selisih.map((s) => s.id)];
 * //=> [false, ['jenis-kelamin']]
 *
 * @see Lampiran BAB IV huruf A angka 1 huruf a.
 * @category NIK
 */
export function checkNik(nik: string, data: DataNik): CekNikResult {
  const input = parseInput(
    { nik: NikSchema, data: DataNikSchema },
    { nik, data },
  );
  const { dd, mm, yy } = bagian(input.nik);
  const perempuan = dd > TAMBAHAN_PEREMPUAN;
  const hari = perempuan ? dd - TAMBAHAN_PEREMPUAN : dd;
  const { tanggalLahir, jenisKelamin } = input.data;

  const lahirBeda =
    tanggalLahir !== undefined &&
    tanggalLahir.slice(2) !== tanggal(yy, mm, hari).slice(2);
  const kelaminBeda =
    jenisKelamin !== undefined && (jenisKelamin === 'perempuan') !== perempuan;
  const selisih = [
    ...(lahirBeda ? [SELISIH['tanggal-lahir']] : []),
    ...(kelaminBeda ? [SELISIH['jenis-kelamin']] : []),
  ];

  return deepFreeze({
    cocok: selisih.length === 0,
    selisih,
    tidakDiperiksa: [
      ...(tanggalLahir === undefined ? ['tanggal-lahir' as const] : []),
      ...(jenisKelamin === undefined ? ['jenis-kelamin' as const] : []),
    ],
  });
}

/**
 * {@link checkNik} that returns its input error instead of throwing it.
 *
 * @param nik - As for {@link checkNik}.
 * @param data - As for {@link checkNik}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // A NIK of 15 digits is refused by its path
 * const result = safeCheckNik('320411570890001', {});
 * result.success ? null : result.error.issues[0].path;
 * //=> ['nik']
 *
 * @see Lampiran BAB IV huruf A angka 1 huruf a.
 * @category NIK
 */
export const safeCheckNik: (
  nik: string,
  data: DataNik,
) => SafeResult<CekNikResult> = safely(checkNik);

const SELISIH: { readonly [K in SelisihNik['id']]: SelisihNik } = deepFreeze({
  'tanggal-lahir': {
    id: 'tanggal-lahir',
    label: {
      id: 'Tanggal lahir yang dinyatakan tidak sama dengan yang ada di NIK.',
      en: 'The declared birth date differs from the one in the NIK.',
    },
  },
  'jenis-kelamin': {
    id: 'jenis-kelamin',
    label: {
      id: 'Jenis kelamin yang dinyatakan tidak sama dengan yang ada di NIK.',
      en: 'The declared sex differs from the one the NIK encodes.',
    },
  },
});

/**
 * Masks a NIK for display: the six digits of the issuing region stay, the
 * birth date and the serial become `*`.
 *
 * @remarks
 * The birth date and serial single a person out; the region of issue is
 * shared by a whole kecamatan. Showing only the region keeps less rather
 * than more.
 *
 * @param nik - The NIK, 16 digits.
 * @returns The masked text, 16 characters.
 * @throws {@link ImpInputError} when the NIK is not of the documented
 *   shape.
 *
 * @example
 * // A NIK as a roster may show it
 * maskNik('3204115708900001');
 * //=> '320411**********'
 *
 * @see Lampiran BAB IV huruf A angka 1 huruf a.
 * @category NIK
 */
export function maskNik(nik: string): string {
  const input = parseInput({ nik: NikSchema }, { nik });
  return input.nik.slice(0, 6) + '*'.repeat(10);
}
