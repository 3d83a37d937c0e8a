import { type Citation, cite, KEPUTUSAN_84_2024 } from '../citation.js';
import { deepFreeze } from '../internal/freeze.js';
import type { Label } from '../label.js';

/**
 * The six Peran Bakti of an IMP Bangga Kencana, in the order of
 * Lampiran BAB IV huruf A angka 2 huruf a–f.
 *
 * @category Klasifikasi
 */
export type PeranBaktiId =
  | 'pengorganisasian'
  | 'pertemuan'
  | 'advokasiKie'
  | 'pencatatan'
  | 'pelayanan'
  | 'kemandirian';

/**
 * The three classes of Lampiran BAB IV huruf C, lowest first.
 *
 * @category Klasifikasi
 */
export type KlasifikasiId = 'dasar' | 'berkembang' | 'mandiri';

/**
 * One criterion of the classification: what one class asks of one Peran
 * Bakti, with a stable id such as `'pertemuan.berjenjang'`.
 *
 * @category Klasifikasi
 */
export type Kriteria = {
  /** Stable id: the Peran Bakti, a dot, then the criterion. */
  readonly id: string;
  /** The Peran Bakti the criterion belongs to. */
  readonly peranBakti: PeranBaktiId;
  /** The class that first asks for it. */
  readonly klasifikasi: KlasifikasiId;
  /** What the criterion asks, in our own words. */
  readonly label: Label;
  /** The clause of BAB IV huruf C that asks for it. */
  readonly citation: Citation;
};

/**
 * The six Peran Bakti, in the decree's order, each with a label and its
 * clause.
 *
 * @example
 * // The fourth Peran Bakti is record keeping
 * PERAN_BAKTI[3].id;
 * //=> 'pencatatan'
 *
 * @see Lampiran BAB IV huruf A angka 2.
 * @category Klasifikasi
 */
export const PERAN_BAKTI = deepFreeze([
  peran('pengorganisasian', 'a', 'Pengorganisasian', 'Organisation'),
  peran('pertemuan', 'b', 'Pertemuan', 'Meetings'),
  peran('advokasiKie', 'c', 'Advokasi, KIE dan konseling', 'Advocacy, IEC'),
  peran('pencatatan', 'd', 'Pencatatan dan pemetaan', 'Records and maps'),
  peran('pelayanan', 'e', 'Pelayanan kegiatan', 'Services'),
  peran('kemandirian', 'f', 'Kemandirian', 'Self-reliance'),
] as const);

/**
 * The counts that the classification sets, once, with their clauses:
 * kinds of bina keluarga (at least 1 for Dasar, at least 2 for Berkembang,
 * all four named kinds for Mandiri) and self-reliance efforts (at least
 * 1, 2 and 3).
 *
 * @remarks
 * "minimal ada 1" and "minimal 2" are read as `>=`; "melaksanakan salah
 * satu", "2" and "3" kegiatan as at least that many distinct efforts.
 * The kinds counted are BKB, BKR, BKL and PIK Remaja, the four that
 * Mandiri names, so PIK Remaja counts toward Berkembang's two as well
 * (regulation reading 5; defect 16 of the text).
 *
 * @example
 * // Berkembang asks for at least two self-reliance efforts
 * AMBANG_KLASIFIKASI.upayaKemandirian.berkembang.minimal;
 * //=> 2
 *
 * @see Lampiran BAB IV huruf C.
 * @category Klasifikasi
 */
export const AMBANG_KLASIFIKASI = deepFreeze({
  berlakuSejak: KEPUTUSAN_84_2024.berlakuSejak,
  binaKeluarga: {
    jenis: ['bkb', 'bkr', 'bkl', 'pik-remaja'],
    dasar: { minimal: 1, citation: c('1 huruf e angka 3)') },
    berkembang: { minimal: 2, citation: c('2 huruf e angka 4)') },
    mandiri: { minimal: 4, citation: c('3 huruf e angka 4)') },
  },
  upayaKemandirian: {
    jenis: [
      'fasilitasi-pelayanan-kontrasepsi',
      'pendanaan-kelompok',
      'kemandirian-poktan',
    ],
    dasar: { minimal: 1, citation: c('1 huruf f') },
    berkembang: { minimal: 2, citation: c('2 huruf f') },
    mandiri: { minimal: 3, citation: c('3 huruf f') },
  },
} as const);

/**
 * Every criterion of the classification, one entry per criterion and
 * class, grouped by Peran Bakti and ordered Dasar, Berkembang, Mandiri.
 * A class lists only what it adds to the class below, since the levels
 * are cumulative (regulation reading 4).
 *
 * @remarks
 * Readings of unclear clauses:
 * - The criteria of each class open with "antara lain"; they are read as
 *   the full list a class needs (defect 12).
 * - Dasar meetings are "not periodic for lack of a work plan": this
 *   describes a Dasar IMP, it is not a requirement, so the Dasar
 *   criterion is that meetings are held at all (defect 15).
 * - For advocacy and record keeping Mandiri words its criteria exactly as
 *   Berkembang does, so it adds none: meeting Berkembang there also gives
 *   the top tingkat (defect 17).
 * - R/R in a Rumah DataKU is required for Berkembang as written; a desa
 *   without one cannot meet it, and the result names it (defect 18).
 * - Kinds of bina keluarga are counted among BKB, BKR, BKL and PIK Remaja
 *   (regulation reading 5; defect 16).
 *
 * @example
 * // The one criterion Mandiri adds to meetings
 * KRITERIA.filter(
 *   (k) => k.peranBakti === 'pertemuan' && k.klasifikasi === 'mandiri',
 * ).map((k) => [k.id, k.citation.ref]);
 * //=> [['pertemuan.berjenjang', 'Lampiran BAB IV huruf C angka 3 huruf b']]
 *
 * @see Lampiran BAB IV huruf C.
 * @category Klasifikasi
 */
export const KRITERIA: readonly Kriteria[] = deepFreeze([
  k(
    'pengorganisasian.kepengurusan',
    'dasar',
    '1 huruf a',
    'Ada kepengurusan',
    'A board is in place',
  ),
  k(
    'pengorganisasian.pembagian-tugas',
    'dasar',
    '1 huruf a',
    'Tugas pengurus sudah dibagi',
    'Tasks are shared out',
  ),
  k(
    'pengorganisasian.pembagian-tugas-jelas',
    'berkembang',
    '2 huruf a',
    'Pembagian tugas tertulis jelas',
    'Each task is clearly assigned',
  ),
  k(
    'pengorganisasian.bidang',
    'mandiri',
    '3 huruf a',
    'Kepengurusan memiliki bidang-bidang',
    'The board has its bidang',
  ),
  k(
    'pertemuan.pelaksanaan',
    'dasar',
    '1 huruf b',
    'Pertemuan diadakan',
    'Meetings are held',
  ),
  k(
    'pertemuan.rutin-bulanan',
    'berkembang',
    '2 huruf b',
    'Pertemuan setiap bulan',
    'A meeting every month',
  ),
  k(
    'pertemuan.rencana-kerja',
    'berkembang',
    '2 huruf b',
    'Ada rencana kerja',
    'A work plan exists',
  ),
  k(
    'pertemuan.notulen',
    'berkembang',
    '2 huruf b',
    'Pertemuan dicatat dalam notulen',
    'Meetings are minuted',
  ),
  k(
    'pertemuan.berjenjang',
    'mandiri',
    '3 huruf b',
    'Pertemuan di lebih dari satu jenjang',
    'Meetings at several tiers',
  ),
  k(
    'advokasiKie.kie',
    'dasar',
    '1 huruf c',
    'KIE kepada masyarakat',
    'Public information and education',
  ),
  k(
    'advokasiKie.kipk',
    'berkembang',
    '2 huruf c',
    'Konseling antarpribadi (KIP/K)',
    'Person-to-person counselling',
  ),
  k(
    'pencatatan.sederhana',
    'dasar',
    '1 huruf d',
    'Pencatatan, setidaknya sederhana',
    'Records kept, at least simply',
  ),
  k(
    'pencatatan.pola-rr-rumah-dataku',
    'berkembang',
    '2 huruf d',
    'Pola R/R dalam Rumah DataKU',
    'R/R records kept in Rumah DataKU',
  ),
  k(
    'pelayanan.pembinaan-peserta-kb-aktif',
    'dasar',
    '1 huruf e angka 1)',
    'Membina peserta KB aktif',
    'Active FP users are followed up',
  ),
  k(
    'pelayanan.rujukan',
    'dasar',
    '1 huruf e angka 2)',
    'Melakukan rujukan',
    'Clients are referred',
  ),
  k(
    'pelayanan.bina-keluarga-1',
    'dasar',
    '1 huruf e angka 3)',
    'Sedikitnya satu jenis bina keluarga',
    'One family-care kind or more',
  ),
  k(
    'pelayanan.uppka',
    'berkembang',
    '2 huruf e angka 3)',
    'Membina UPPKA',
    'A UPPKA group is fostered',
  ),
  k(
    'pelayanan.bina-keluarga-2',
    'berkembang',
    '2 huruf e angka 4)',
    'Sedikitnya dua jenis bina keluarga',
    'Two family-care kinds or more',
  ),
  k(
    'pelayanan.bina-keluarga-lengkap',
    'mandiri',
    '3 huruf e angka 4)',
    'BKB, BKR, BKL dan PIK Remaja semua ada',
    'All four family-care kinds',
  ),
  k(
    'kemandirian.upaya-1',
    'dasar',
    '1 huruf f',
    'Sedikitnya satu upaya kemandirian',
    'One self-reliance effort',
  ),
  k(
    'kemandirian.upaya-2',
    'berkembang',
    '2 huruf f',
    'Sedikitnya dua upaya kemandirian',
    'Two self-reliance efforts',
  ),
  k(
    'kemandirian.upaya-3',
    'mandiri',
    '3 huruf f',
    'Ketiga upaya kemandirian',
    'All three self-reliance efforts',
  ),
]);

function c(ref: string): Citation {
  return cite(KEPUTUSAN_84_2024, `Lampiran BAB IV huruf C angka ${ref}`);
}

function k(
  id: string,
  klasifikasi: KlasifikasiId,
  ref: string,
  labelId: string,
  labelEn: string,
): Kriteria {
  const peranBakti = id.split('.')[0] as PeranBaktiId;
  const label = { id: labelId, en: labelEn };
  return { id, peranBakti, klasifikasi, label, citation: c(ref) };
}

function peran<I extends PeranBaktiId>(
  id: I,
  huruf: string,
  labelId: string,
  labelEn: string,
) {
  const ref = `Lampiran BAB IV huruf A angka 2 huruf ${huruf}`;
  const label = { id: labelId, en: labelEn };
  return { id, label, citation: cite(KEPUTUSAN_84_2024, ref) };
}
