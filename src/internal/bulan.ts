import type { InputIssue } from '../errors.js';
import type { Tanggal } from '../tanggal.js';
import { issue } from './input.js';

/** A valid period, both days included. */
type PeriodeValid = { mulai: Tanggal; selesai: Tanggal };

/** Months of a valid period with none of the days; oldest first. */
export function bulanTanpa(
  periode: PeriodeValid,
  tanggal: readonly Tanggal[],
): string[] {
  const inside = tanggal.filter(
    (t) => periode.mulai <= t && t <= periode.selesai,
  );
  const seen = new Set(inside.map(bulanKe));
  const last = bulanKe(periode.selesai);
  const missing: string[] = [];
  for (let n = bulanKe(periode.mulai); n <= last; n += 1) {
    if (!seen.has(n)) missing.push(formatBulan(n));
  }
  return missing;
}

/** The number of calendar months a valid period touches. */
export function jumlahBulan(periode: PeriodeValid): number {
  return bulanKe(periode.selesai) - bulanKe(periode.mulai) + 1;
}

/** The issue for a period that ends before it starts, if there is one. */
export function periodeInOrder(
  path: readonly (string | number)[],
  periode: PeriodeValid | undefined,
): InputIssue[] {
  if (periode === undefined || periode.mulai <= periode.selesai) return [];
  return [
    issue('out_of_range', path, {
      id: 'Periode berakhir sebelum dimulai.',
      en: 'The period ends before it starts.',
    }),
  ];
}

/** The year and month (1 to 12) of a `YYYY-MM` or `YYYY-MM-DD` text. */
export function tahunDanBulan(waktu: string): [number, number] {
  const [y, m] = waktu.split('-').map(Number) as [number, number];
  return [y, m];
}

// Months are counted as year * 12 + month index, so no time zone or
// month length can move them.
function bulanKe(tanggal: Tanggal): number {
  const [y, m] = tahunDanBulan(tanggal);
  return y * 12 + (m - 1);
}

function formatBulan(n: number): string {
  const y = String(Math.floor(n / 12)).padStart(4, '0');
  const m = String((n % 12) + 1).padStart(2, '0');
  return `${y}-${m}`;
}
