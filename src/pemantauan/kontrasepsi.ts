import * as z from 'zod';
import type { Citation } from '../citation.js';
import { deepFreeze } from '../internal/freeze.js';
import type { Label } from '../label.js';

/**
 * Where the operational terms of the monitoring indicators come from. The
 * decree uses PA, PB, PPM and unmet need without defining them, so each
 * is cited to the BKKBN practice that does. @internal
 */
export const SUMBER_OPERASIONAL = deepFreeze({
  unmetNeed: sumber(
    'Satu Data Kabupaten Asahan, metadata indikator unmet need',
    'https://satudata.asahankab.go.id/de/dataset/jumlah-kebutuhan-ber-kb-yang-tidak-terpenuhi-unmet-need',
  ),
  alasanTidakKb: sumber(
    'Aplikasi Kampung KB (willyprmn/Kampung-KB)',
    'database/seeds/NonKontrasepsiSeeder.php',
  ),
  pesertaKbAktif: sumber(
    'Definisi operasional BKKBN Peserta KB Aktif (PA), dikutip sumber sekunder',
    'https://text-id.123dok.com/document/eqop5wmz1-pasangan-usia-subur-tinjauan-pustaka.html',
  ),
  pesertaKbBaru: sumber(
    'Definisi operasional BKKBN Peserta KB Baru (PB), dikutip sumber sekunder',
    'http://www.kependudukankalbar.com/peserta-kb-baru.html',
  ),
  ppm: sumber(
    'Praktik BKKBN: Perkiraan Permintaan Masyarakat (PPM) peserta KB baru',
    'http://dppkbbombana.com/2023/07/14/target-perkiraan-permintaan-masyarakat-ppm-peserta-kb-baru-pb-dppkb-kabupaten-bombana-tahun-2023-sebanyak-4-798-akseptor/',
  ),
});

function sumber(instrument: string, ref: string): Citation {
  return { instrument, ref };
}

/**
 * The seven contraceptive methods by which a PPM target, and so the count
 * of PA and PB, is broken down.
 *
 * @remarks
 * An operational list: the decree names no methods. It is the list of the
 * PPM practice, which the caller may narrow by leaving methods out of a
 * breakdown.
 *
 * @example
 * // The long-acting methods come first
 * MetodeKontrasepsiSchema.options.slice(0, 3);
 * //=> ['iud', 'mow', 'mop']
 *
 * @see Lampiran BAB II huruf B angka 8 huruf c.
 * @category Pemantauan
 */
export const MetodeKontrasepsiSchema = z.enum([
  'iud',
  'mow',
  'mop',
  'implan',
  'suntik',
  'pil',
  'kondom',
]);

/**
 * A contraceptive method, as {@link MetodeKontrasepsiSchema} reads it.
 *
 * @category Pemantauan
 */
export type MetodeKontrasepsi = z.output<typeof MetodeKontrasepsiSchema>;

/**
 * One entry of {@link METODE_KONTRASEPSI}.
 *
 * @typeParam K - The method's id.
 * @category Pemantauan
 */
export type EntriMetodeKontrasepsi<K extends MetodeKontrasepsi> = {
  /** The method's id. */
  readonly id: K;
  /** Its name in both languages. */
  readonly label: Label;
  /** The operational source of the list. */
  readonly citation: Citation;
  /** Always true: the list is operational, not the decree's. */
  readonly operasional: true;
};

/**
 * The seven contraceptive methods, with their names and the source of
 * the list.
 *
 * @example
 * // The Indonesian name of the implant
 * METODE_KONTRASEPSI.implan.label.id;
 * //=> 'Implan'
 *
 * @see Lampiran BAB II huruf B angka 8 huruf c.
 * @category Pemantauan
 */
export const METODE_KONTRASEPSI: {
  readonly [K in MetodeKontrasepsi]: EntriMetodeKontrasepsi<K>;
} = deepFreeze({
  iud: metode('iud', 'IUD (AKDR)', 'Intrauterine device (IUD)'),
  mow: metode('mow', 'MOW (tubektomi)', 'Female sterilisation'),
  mop: metode('mop', 'MOP (vasektomi)', 'Male sterilisation'),
  implan: metode('implan', 'Implan', 'Implant'),
  suntik: metode('suntik', 'Suntik', 'Injectable'),
  pil: metode('pil', 'Pil', 'Pill'),
  kondom: metode('kondom', 'Kondom', 'Condom'),
});

function metode<K extends MetodeKontrasepsi>(
  id: K,
  nama: string,
  en: string,
): EntriMetodeKontrasepsi<K> {
  const label = { id: nama, en };
  return { id, label, citation: SUMBER_OPERASIONAL.ppm, operasional: true };
}

/**
 * Why a PUS does not take part in family planning: pregnant, wanting a
 * child soon, wanting to wait (IAT), or wanting no more children (TIAL).
 *
 * @remarks
 * An operational list from the family data collection practice; the
 * decree does not set one.
 *
 * @example
 * // The two reasons read as unmet need by default
 * AlasanTidakKbSchema.options.slice(2);
 * //=> ['ingin-anak-tunda', 'tidak-ingin-anak-lagi']
 *
 * @see Lampiran BAB IV huruf A angka 2 penjelasan huruf b angka 5).
 * @category Pemantauan
 */
export const AlasanTidakKbSchema = z.enum([
  'hamil',
  'ingin-anak-segera',
  'ingin-anak-tunda',
  'tidak-ingin-anak-lagi',
]);

/**
 * A reason for not taking part, as {@link AlasanTidakKbSchema} reads it.
 *
 * @category Pemantauan
 */
export type AlasanTidakKb = z.output<typeof AlasanTidakKbSchema>;

/**
 * One entry of {@link ALASAN_TIDAK_KB}.
 *
 * @typeParam K - The reason's id.
 * @category Pemantauan
 */
export type EntriAlasanTidakKb<K extends AlasanTidakKb> = {
  /** The reason's id. */
  readonly id: K;
  /** Its name in both languages. */
  readonly label: Label;
  /** Whether it counts as an unmet need for family planning. */
  readonly unmetNeed: boolean;
  /** The operational source of the list. */
  readonly citation: Citation;
  /** The source that sets which reasons are unmet need. */
  readonly citationUnmetNeed: Citation;
  /** Always true: the list is operational, not the decree's. */
  readonly operasional: true;
};

/**
 * The four reasons a PUS is not a participant, and whether each counts as
 * an unmet need.
 *
 * @remarks
 * The decree asks the IMP to lower unmet need (spelt "unmeet need" in
 * the text, defect 32) without defining it. The operational proxy counts
 * a couple that wants to wait for a child or wants no more, and is not a
 * participant. It is a default: {@link computeRasio} takes another list.
 *
 * @example
 * // Pregnancy is not an unmet need
 * ALASAN_TIDAK_KB.hamil.unmetNeed;
 * //=> false
 *
 * @see Lampiran BAB IV huruf A angka 2 penjelasan huruf b angka 5).
 * @category Pemantauan
 */
export const ALASAN_TIDAK_KB: {
  readonly [K in AlasanTidakKb]: EntriAlasanTidakKb<K>;
} = deepFreeze({
  hamil: alasan('hamil', false, 'Sedang hamil', 'Pregnant'),
  'ingin-anak-segera': alasan(
    'ingin-anak-segera',
    false,
    'Ingin anak segera (IAS)',
    'Wants a child soon',
  ),
  'ingin-anak-tunda': alasan(
    'ingin-anak-tunda',
    true,
    'Ingin anak ditunda (IAT)',
    'Wants to wait for a child',
  ),
  'tidak-ingin-anak-lagi': alasan(
    'tidak-ingin-anak-lagi',
    true,
    'Tidak ingin anak lagi (TIAL)',
    'Wants no more children',
  ),
});

function alasan<K extends AlasanTidakKb>(
  id: K,
  unmetNeed: boolean,
  nama: string,
  en: string,
): EntriAlasanTidakKb<K> {
  return {
    id,
    label: { id: nama, en },
    unmetNeed,
    citation: SUMBER_OPERASIONAL.alasanTidakKb,
    citationUnmetNeed: SUMBER_OPERASIONAL.unmetNeed,
    operasional: true,
  };
}
