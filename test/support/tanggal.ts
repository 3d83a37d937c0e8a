import { UTCDate } from '@date-fns/utc';
import { addDays, addYears, differenceInYears, subYears } from 'date-fns';
import * as fc from 'fast-check';

/** A real calendar date, `YYYY-MM-DD`, between two years inclusive. */
export function tanggalArb(minYear = 1900, maxYear = 2100) {
  return fc
    .date({
      min: new Date(Date.UTC(minYear, 0, 1)),
      max: new Date(Date.UTC(maxYear, 11, 31)),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10));
}

/** Two dates in order: a birth and a day on or after it. */
export function lahirDanTanggalArb(minYear = 1900, maxYear = 2100) {
  return fc
    .tuple(tanggalArb(minYear, maxYear), tanggalArb(minYear, maxYear))
    .map(([a, b]): [string, string] => (a <= b ? [a, b] : [b, a]));
}

function toUtc(tanggal: string): UTCDate {
  const [y, m, d] = tanggal.split('-').map(Number) as [number, number, number];
  return new UTCDate(y, m - 1, d);
}

function toTanggal(date: UTCDate): string {
  return date.toISOString().slice(0, 10);
}

/** The day `n` days after (or before, when negative) a date. */
export function shiftDays(tanggal: string, n: number): string {
  return toTanggal(addDays(toUtc(tanggal), n));
}

/**
 * A birth date for someone who is exactly `tahun` completed years old on
 * `tanggal` (a leap-day `tanggal` gives a 28 February birth).
 */
export function lahirBerusia(tahun: number, tanggal: string): string {
  return toTanggal(subYears(toUtc(tanggal), tahun));
}

/** Completed years by date-fns on UTC dates: an independent oracle. */
export function usiaOracle(lahir: string, tanggal: string): number {
  return differenceInYears(toUtc(tanggal), toUtc(lahir));
}

/** Adds whole years with date-fns, for building examples. */
export function addTahun(tanggal: string, tahun: number): string {
  return toTanggal(addYears(toUtc(tanggal), tahun));
}
