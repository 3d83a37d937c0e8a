import * as z from 'zod';
import type { InputIssue } from '../errors.js';
import { issue } from '../internal/input.js';
import { type Tanggal, TanggalSchema } from '../tanggal.js';

const KejadianSchema = z.strictObject({
  /** The day of the event, `YYYY-MM-DD`. */
  tanggal: TanggalSchema,
  /** The id of the family it happened in. */
  keluarga: z.string().min(1).max(64),
});

/**
 * The births and marriages a desa recorded, and the first day from which
 * its record is complete.
 *
 * - `kelahiran`: live births, each with its day and the family's id;
 * - `perkawinan`: marriages, each with its day and the id of the family
 *   of one of the two who married;
 * - `dicatatSejak`: the first day from which every event is in the
 *   lists. A count over a span that starts before it is not computable
 *   from the lists, and is named as missing rather than read as 0.
 *
 * @remarks
 * Both lists are required, so that an empty one says "none happened"
 * and not "not recorded".
 *
 * @example
 * // One birth in a record kept since January 2023
 * PeristiwaSchema.safeParse({
 *   dicatatSejak: '2023-01-01',
 *   kelahiran: [{ tanggal: '2025-03-14', keluarga: 'K-001' }],
 *   perkawinan: [],
 * }).success;
 * //=> true
 *
 * @see Lampiran BAB II huruf B angka 8 huruf a and huruf b.
 * @category Keluarga
 */
export const PeristiwaSchema = z.strictObject({
  dicatatSejak: TanggalSchema,
  kelahiran: z.array(KejadianSchema),
  perkawinan: z.array(KejadianSchema),
});

/**
 * The events of a desa, as {@link PeristiwaSchema} reads them.
 *
 * @category Keluarga
 */
export type Peristiwa = z.input<typeof PeristiwaSchema>;

type PeristiwaValid = z.output<typeof PeristiwaSchema>;
type Path = readonly (string | number)[];

/**
 * The first day of the twelve months that end on `tanggal`, or of the
 * twelve before those when `mundur` is 2: the day after the same date
 * one (or two) years earlier, 28 February standing for a 29th that the
 * year lacks.
 */
export function awalDuaBelasBulan(tanggal: Tanggal, mundur: 1 | 2): Tanggal {
  const [y, m, d] = tanggal.split('-').map(Number) as [number, number, number];
  const tahun = y - mundur;
  const akhir = hariDalam(tahun, m);
  const hari = Math.min(d, akhir);
  if (hari < akhir) return format(tahun, m, hari + 1);
  if (m < 12) return format(tahun, m + 1, 1);
  return format(tahun + 1, 1, 1);
}

/** The counts of events that the record supports on a day judged. */
export type HitunganPeristiwa = {
  readonly kelahiran?: number;
  readonly perkawinan?: number;
  readonly perkawinanSebelumnya?: number;
};

/**
 * Counts births and marriages in the twelve months that end on `tanggal`,
 * and marriages in the twelve before those. A count whose span starts
 * before the record does is left out. Events after `tanggal` are outside
 * every span.
 */
export function hitungPeristiwa(
  peristiwa: PeristiwaValid,
  tanggal: Tanggal,
): HitunganPeristiwa {
  const awal = awalDuaBelasBulan(tanggal, 1);
  const awalLalu = awalDuaBelasBulan(tanggal, 2);
  const kini = (k: { tanggal: Tanggal }) =>
    awal <= k.tanggal && k.tanggal <= tanggal;
  const lalu = (k: { tanggal: Tanggal }) =>
    awalLalu <= k.tanggal && k.tanggal < awal;

  if (peristiwa.dicatatSejak > awal) return {};
  const hitungan = {
    kelahiran: peristiwa.kelahiran.filter(kini).length,
    perkawinan: peristiwa.perkawinan.filter(kini).length,
  };
  if (peristiwa.dicatatSejak > awalLalu) return hitungan;
  return {
    ...hitungan,
    perkawinanSebelumnya: peristiwa.perkawinan.filter(lalu).length,
  };
}

/**
 * The problems of a record of events on a day judged: a record said to
 * start after that day, an event before the record starts, and an event
 * of a family that is not among `keluarga`.
 */
export function peristiwaIssues(
  path: Path,
  peristiwa: PeristiwaValid,
  tanggal: Tanggal,
  keluarga: ReadonlySet<string>,
): InputIssue[] {
  const issues: InputIssue[] = [];
  if (peristiwa.dicatatSejak > tanggal) {
    issues.push(issue('out_of_range', [...path, 'dicatatSejak'], M.sejak));
  }
  for (const jenis of ['kelahiran', 'perkawinan'] as const) {
    peristiwa[jenis].forEach((k, i) => {
      const at = [...path, jenis, i];
      if (k.tanggal < peristiwa.dicatatSejak) {
        issues.push(issue('out_of_range', [...at, 'tanggal'], M.sebelum));
      }
      if (!keluarga.has(k.keluarga)) {
        issues.push(issue('invalid_value', [...at, 'keluarga'], M.keluarga));
      }
    });
  }
  return issues;
}

const M = {
  sejak: {
    id: 'Catatan dimulai setelah hari yang dinilai.',
    en: 'The record starts after the day judged.',
  },
  sebelum: {
    id: 'Peristiwa jatuh sebelum awal catatan.',
    en: 'The event falls before the record starts.',
  },
  keluarga: {
    id: 'Tidak ada keluarga dengan id ini di antara keluarga yang diberikan.',
    en: 'No family with this id is among the families given.',
  },
};

function hariDalam(tahun: number, bulan: number): number {
  if (bulan !== 2)
    return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][
      bulan - 1
    ] as number;
  const kabisat = tahun % 4 === 0 && (tahun % 100 !== 0 || tahun % 400 === 0);
  return kabisat ? 29 : 28;
}

function format(tahun: number, bulan: number, hari: number): Tanggal {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(tahun, 4)}-${pad(bulan, 2)}-${pad(hari, 2)}`;
}
