import { deepFreeze } from './internal/freeze.js';

/**
 * Where a rule, value or catalogue entry comes from: the legal instrument
 * and the clause inside it.
 *
 * @remarks
 * `ref` follows Indonesian drafting, from the outside in, exactly as the
 * clause is numbered in print: `Lampiran BAB I huruf D angka 26`. The
 * second chapter printed as BAB IV is written
 * `BAB IV (Pemantauan dan Evaluasi)`, and the explanation of the six Peran
 * Bakti is reached through `penjelasan`.
 *
 * @example
 * // The clause that defines PUS
 * const citation: Citation = {
 *   instrument: KEPUTUSAN_84_2024.nama,
 *   ref: 'Lampiran BAB I huruf D angka 26',
 * };
 * citation.ref;
 * //=> 'Lampiran BAB I huruf D angka 26'
 *
 * @category Citations and labels
 */
export type Citation = {
  /** The full name of the instrument, e.g. a decree or a law. */
  readonly instrument: string;
  /** The clause inside the instrument. */
  readonly ref: string;
};

/**
 * A legal instrument the library cites, with the day from which it holds.
 *
 * @category Citations and labels
 */
export type Instrument = {
  /** The instrument's full name, as it is cited. */
  readonly nama: string;
  /** The day it came into force, `YYYY-MM-DD`. */
  readonly berlakuSejak: string;
  /** The clause that sets that day. */
  readonly dasarBerlaku: string;
};

/**
 * The decree this library implements. It was set in Jakarta on 18 April
 * 2024 and holds from that day.
 *
 * @example
 * // The day the decree came into force
 * KEPUTUSAN_84_2024.berlakuSejak;
 * //=> '2024-04-18'
 *
 * @see Diktum KEDELAPAN: the decree holds from the day it was set.
 * @category Citations and labels
 */
export const KEPUTUSAN_84_2024: Instrument = /* @__PURE__ */ deepFreeze({
  nama:
    'Keputusan Kepala Badan Kependudukan dan Keluarga Berencana Nasional ' +
    'Nomor 84/KEP/G3/2024',
  berlakuSejak: '2024-04-18',
  dasarBerlaku: 'Diktum KEDELAPAN',
});

/**
 * The Marriage Law of 1974, which first set a minimum age to marry.
 *
 * @example
 * // The day the law was enacted
 * UU_1_1974.berlakuSejak;
 * //=> '1974-01-02'
 *
 * @see Undang-Undang Nomor 1 Tahun 1974, Pasal 67 ayat (1).
 * @category Citations and labels
 */
export const UU_1_1974: Instrument = /* @__PURE__ */ deepFreeze({
  nama: 'Undang-Undang Nomor 1 Tahun 1974 tentang Perkawinan',
  berlakuSejak: '1974-01-02',
  dasarBerlaku: 'Pasal 67 ayat (1)',
});

/**
 * The 2019 amendment of the Marriage Law, which raised a woman's minimum
 * age to marry to that of a man.
 *
 * @example
 * // The day the amendment came into force
 * UU_16_2019.berlakuSejak;
 * //=> '2019-10-15'
 *
 * @see Undang-Undang Nomor 16 Tahun 2019, Pasal II.
 * @category Citations and labels
 */
export const UU_16_2019: Instrument = /* @__PURE__ */ deepFreeze({
  nama:
    'Undang-Undang Nomor 16 Tahun 2019 tentang Perubahan atas ' +
    'Undang-Undang Nomor 1 Tahun 1974 tentang Perkawinan',
  berlakuSejak: '2019-10-15',
  dasarBerlaku: 'Pasal II',
});

/**
 * The law on the welfare of older people, which sets the age from which a
 * person is lansia.
 *
 * @example
 * // The day the law was promulgated and came into force
 * UU_13_1998.berlakuSejak;
 * //=> '1998-11-30'
 *
 * @see Undang-Undang Nomor 13 Tahun 1998, Pasal 34.
 * @category Citations and labels
 */
export const UU_13_1998: Instrument = /* @__PURE__ */ deepFreeze({
  nama: 'Undang-Undang Nomor 13 Tahun 1998 tentang Kesejahteraan Lanjut Usia',
  berlakuSejak: '1998-11-30',
  // TODO(legal): the day of promulgation is on record; that the closing
  // article is Pasal 34 should be checked against the text in LN 1998
  // No. 190.
  dasarBerlaku: 'Pasal 34',
});

/** Builds a frozen citation of a clause of an instrument. @internal */
export function cite(instrument: Instrument, ref: string): Citation {
  return Object.freeze({ instrument: instrument.nama, ref });
}
