import * as z from 'zod';
import { type Citation, cite, UU_13_1998 } from '../citation.js';
import type { InputIssue } from '../errors.js';
import { deepFreeze } from '../internal/freeze.js';
import { issue } from '../internal/input.js';
import { AssessPusOptionsSchema } from '../pus.js';

/**
 * An age band of a target group, in completed years, both ends included.
 *
 * @category Sasaran
 */
export type RentangUsia = {
  /** The lowest age in the band. */
  readonly usiaMinimal: number;
  /** The highest age in the band; `null` when it has none. */
  readonly usiaMaksimal: number | null;
  /** Whether only a person never married belongs to the group. */
  readonly belumKawin: boolean;
  /** True when the band is an operational choice, not a rule of law. */
  readonly operasional: boolean;
  /** Where the band comes from. */
  readonly citation: Citation;
};

/**
 * The default age bands of the target groups balita, remaja and lansia,
 * each with its source. The decree names the groups without ages.
 *
 * - balita: under five, i.e. 0 to 4 completed years. The decree and the
 *   sources the library relies on set no band; the library reads the
 *   word itself ("bawah lima tahun") and marks the band operational.
 * - remaja: 10 to 24 and never married, the BKKBN operational band
 *   (defect 8).
 * - lansia: 60 and over, by Undang-Undang Nomor 13 Tahun 1998, Pasal 1
 *   angka 2. The decree's "di atas 60 tahun ke atas" is read as
 *   including 60 (regulation reading 11; defect 7).
 *
 * @remarks
 * "10 sampai 24" is `10 <= usia && usia <= 24`; "60 tahun ke atas" is
 * `usia >= 60`; "bawah lima tahun" is `usia < 5`, written as a highest
 * age of 4. Each band can be changed per call, see
 * {@link AssessSasaranOptionsSchema}.
 *
 * @example
 * // The default lowest age of a lansia, and its law
 * [USIA_SASARAN.lansia.usiaMinimal, USIA_SASARAN.lansia.citation.ref];
 * //=> [60, 'Pasal 1 angka 2']
 *
 * @see Lampiran BAB II huruf C angka 3 and angka 4.
 * @category Sasaran
 */
export const USIA_SASARAN: {
  readonly balita: RentangUsia;
  readonly remaja: RentangUsia;
  readonly lansia: RentangUsia;
} = deepFreeze({
  balita: {
    usiaMinimal: 0,
    usiaMaksimal: 4,
    belumKawin: false,
    operasional: true,
    citation: {
      instrument: 'Definisi operasional imp-bangga-kencana',
      ref: 'balita: bawah lima tahun, 0 sampai 4 tahun penuh',
    },
  },
  remaja: {
    usiaMinimal: 10,
    usiaMaksimal: 24,
    belumKawin: true,
    operasional: true,
    citation: {
      instrument:
        'Definisi operasional BKKBN remaja (10-24 tahun, belum menikah), ' +
        'dikutip sumber sekunder',
      ref: 'https://id.scribd.com/document/520364638/BAB-I-REMAJA',
    },
  },
  lansia: {
    usiaMinimal: 60,
    usiaMaksimal: null,
    belumKawin: false,
    operasional: false,
    citation: cite(UU_13_1998, 'Pasal 1 angka 2'),
  },
});

const usiaSchema = z.int().min(0).max(150);

const RentangUsiaOptionsSchema = z.strictObject({
  usiaMinimal: usiaSchema.optional(),
  usiaMaksimal: usiaSchema.nullable().optional(),
  belumKawin: z.boolean().optional(),
});

/**
 * Options of {@link assessSasaran}: the reading of a wife of exactly 50
 * (as for {@link assessPus}) and, per group, any part of its age band to
 * use instead of the default in {@link USIA_SASARAN}.
 *
 * @example
 * // Lansia from 65 instead of 60
 * AssessSasaranOptionsSchema.safeParse({ lansia: { usiaMinimal: 65 } })
 *   .success;
 * //=> true
 *
 * @see Lampiran BAB II huruf C.
 * @category Sasaran
 */
export const AssessSasaranOptionsSchema = z.strictObject({
  usia50: AssessPusOptionsSchema.shape.usia50,
  balita: RentangUsiaOptionsSchema.optional(),
  remaja: RentangUsiaOptionsSchema.optional(),
  lansia: RentangUsiaOptionsSchema.optional(),
});

/**
 * Options of {@link assessSasaran}.
 *
 * @category Sasaran
 */
export type AssessSasaranOptions = z.input<typeof AssessSasaranOptionsSchema>;

type Kelompok = 'balita' | 'remaja' | 'lansia';
type Options = z.output<typeof AssessSasaranOptionsSchema>;

/** The bands in force: each default with the options laid over it. */
export function rentangOf(options: Options): Record<Kelompok, RentangUsia> {
  const of = (k: Kelompok): RentangUsia => {
    const d = USIA_SASARAN[k];
    const given = options[k];
    if (given === undefined || Object.keys(given).length === 0) return d;
    // A band the caller changes is the caller's choice, not the law's; it
    // keeps the source of the default it changes.
    return {
      usiaMinimal: given.usiaMinimal ?? d.usiaMinimal,
      usiaMaksimal:
        given.usiaMaksimal === undefined ? d.usiaMaksimal : given.usiaMaksimal,
      belumKawin: given.belumKawin ?? d.belumKawin,
      operasional: true,
      citation: d.citation,
    };
  };
  return { balita: of('balita'), remaja: of('remaja'), lansia: of('lansia') };
}

/** The issue for each band whose highest age is below its lowest. */
export function rentangIssues(
  rentang: Record<Kelompok, RentangUsia>,
): InputIssue[] {
  return (['balita', 'remaja', 'lansia'] as const).flatMap((k) => {
    const { usiaMinimal, usiaMaksimal } = rentang[k];
    if (usiaMaksimal === null || usiaMinimal <= usiaMaksimal) return [];
    return [
      issue('out_of_range', ['options', k, 'usiaMaksimal'], {
        id: 'Usia tertinggi lebih rendah dari usia terendah.',
        en: 'The highest age is below the lowest.',
      }),
    ];
  });
}

/** Whether a person of `usia` and marital status is in the band. */
export function dalamRentang(
  rentang: RentangUsia,
  usia: number,
  belumPernahKawin: boolean,
): boolean {
  return (
    usia >= rentang.usiaMinimal &&
    (rentang.usiaMaksimal === null || usia <= rentang.usiaMaksimal) &&
    (!rentang.belumKawin || belumPernahKawin)
  );
}
