import { UTCDate } from '@date-fns/utc';
import { addYears } from 'date-fns';
import * as z from 'zod';
import type { InputIssue } from './errors.js';
import { issue, parseInput } from './internal/input.js';

/**
 * A calendar date written `YYYY-MM-DD`: a day, not an instant, so no time
 * zone can move it. Only days that exist are accepted: `2024-02-29` is,
 * `2023-02-29` is not.
 *
 * @example
 * // A leap day of a common year is refused
 * TanggalSchema.safeParse('2023-02-29').success;
 * //=> false
 *
 * @category Calendar dates
 */
export const TanggalSchema = z.iso.date();

/**
 * A calendar date, `YYYY-MM-DD`.
 *
 * @category Calendar dates
 */
export type Tanggal = z.output<typeof TanggalSchema>;

/**
 * Computes a person's age in whole completed years on a given day.
 *
 * @remarks
 * A year is completed on the birthday. Someone born on 29 February
 * completes a year on 1 March in common years, the first day on which the
 * anniversary has passed. The computation uses only the year, month and
 * day, so the machine's time zone cannot change it.
 *
 * @param tanggalLahir - Birth date, `YYYY-MM-DD`.
 * @param tanggal - The day on which age is judged, `YYYY-MM-DD`.
 * @returns Completed years, 0 or more.
 * @throws {@link ImpInputError} when either date is not a real date, or
 *   the birth is after the day judged.
 *
 * @example
 * // The day before, and on, a 15th birthday
 * computeUsia('2010-06-15', '2025-06-14');
 * //=> 14
 * computeUsia('2010-06-15', '2025-06-15');
 * //=> 15
 *
 * @category Calendar dates
 */
export function computeUsia(tanggalLahir: string, tanggal: string): number {
  const input = parseInput(
    { tanggalLahir: TanggalSchema, tanggal: TanggalSchema },
    { tanggalLahir, tanggal },
    (p) => birthNotAfter(['tanggalLahir'], p.tanggalLahir, p.tanggal),
  );
  return usia(input.tanggalLahir, input.tanggal);
}

/**
 * Finds the first day on which a person has completed a given number of
 * years: the birthday of that year, or 1 March when the birth date is
 * 29 February and that year is a common year.
 *
 * @param tanggalLahir - Birth date, `YYYY-MM-DD`.
 * @param tahun - Whole years to complete, 0 to 150.
 * @returns The day, `YYYY-MM-DD`.
 * @throws {@link ImpInputError} when the date is not a real date or the
 *   number of years is not a whole number from 0 to 150.
 *
 * @example
 * // A leap-day birth reaches 21 on 1 March of a common year
 * computeTanggalUsia('2004-02-29', 21);
 * //=> '2025-03-01'
 *
 * @category Calendar dates
 */
export function computeTanggalUsia(
  tanggalLahir: string,
  tahun: number,
): string {
  const input = parseInput(
    { tanggalLahir: TanggalSchema, tahun: z.int().min(0).max(150) },
    { tanggalLahir, tahun },
  );
  return tanggalUsia(input.tanggalLahir, input.tahun);
}

/** Completed years from `lahir` to `tanggal`; both already validated. */
export function usia(lahir: Tanggal, tanggal: Tanggal): number {
  return usiaAntara(readTanggal(lahir), readTanggal(tanggal));
}

/**
 * Completed years between two dates written as numbers `YYYYMMDD`, the
 * birth first.
 */
export function usiaAntara(lahir: number, tanggal: number): number {
  // Such numbers differ by 10000 a year plus the difference of month and
  // day, which is negative exactly while the birthday is yet to come.
  return Math.trunc((tanggal - lahir) / 10000);
}

/**
 * Reads a value as a real `YYYY-MM-DD` date, by hand and in one pass: the
 * number `YYYYMMDD` when it is one, -1 when it is not. It accepts exactly
 * what {@link TanggalSchema} accepts (a test holds the two equal), for
 * the calls that read many records.
 */
export function readTanggal(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10) return -1;
  if (value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) {
    return -1;
  }
  const tahun = duaDigit(value, 0) * 100 + duaDigit(value, 2);
  const bulan = duaDigit(value, 5);
  const hari = duaDigit(value, 8);
  if (tahun < 0 || bulan < 1 || bulan > 12 || hari < 1) return -1;
  if (hari > hariDalam(tahun, bulan)) return -1;
  return tahun * 10000 + bulan * 100 + hari;
}

/** First day with `tahun` completed years; `lahir` already validated. */
export function tanggalUsia(lahir: Tanggal, tahun: number): Tanggal {
  const [y, m, d] = parts(lahir);
  const birth = new UTCDate(0);
  // setFullYear, not the constructor: the constructor reads years 0–99
  // as 1900–1999.
  birth.setFullYear(y, m - 1, d);
  const anniversary = addYears(birth, tahun);

  // date-fns moves 29 February to the 28th in a common year; the year is
  // only completed once that day has passed.
  if (anniversary.getDate() !== d) anniversary.setDate(d);
  return format(anniversary);
}

/** The later of two dates. */
export function later(a: Tanggal, b: Tanggal): Tanggal {
  return a >= b ? a : b;
}

/** The issue for a birth after the day judged, if there is one. */
export function birthNotAfter(
  path: readonly (string | number)[],
  lahir: Tanggal | undefined,
  tanggal: Tanggal | undefined,
): InputIssue[] {
  if (lahir === undefined || tanggal === undefined || lahir <= tanggal) {
    return [];
  }
  return [
    issue('birth_after_date', path, {
      id: 'Tanggal lahir jatuh setelah tanggal yang dinilai.',
      en: 'The birth date falls after the day judged.',
    }),
  ];
}

function parts(tanggal: Tanggal): [number, number, number] {
  const n = readTanggal(tanggal);
  return [Math.trunc(n / 10000), Math.trunc(n / 100) % 100, n % 100];
}

const ZERO = 48;
const DASH = 45;
const HARI_DALAM_BULAN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The two digits at `at`, or a negative number when they are not. */
function duaDigit(text: string, at: number): number {
  const a = text.charCodeAt(at) - ZERO;
  const b = text.charCodeAt(at + 1) - ZERO;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -10000;
}

/** Days in a month of the Gregorian calendar, year 0 a leap year. */
function hariDalam(tahun: number, bulan: number): number {
  const kabisat = tahun % 4 === 0 && (tahun % 100 !== 0 || tahun % 400 === 0);
  return bulan === 2 && kabisat ? 29 : (HARI_DALAM_BULAN[bulan - 1] as number);
}

function format(date: UTCDate): Tanggal {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
