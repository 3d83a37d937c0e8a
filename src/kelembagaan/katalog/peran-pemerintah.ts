import { deepFreeze } from '../../internal/freeze.js';
import {
  type Baris,
  daftarTugas,
  type PemangkuTugas,
  type Tugas,
} from './entri.js';

/**
 * The three kinds of role a head of government plays for the IMP: the one
 * who encourages (`motivator`), the one who enables (`fasilitator`) and
 * the one who sets people moving (`mobilisator`).
 *
 * @category Katalog
 */
export type JenisPeran = 'motivator' | 'fasilitator' | 'mobilisator';

/**
 * A duty of a Bupati/Walikota, Camat or Kepala Desa/Lurah in one of the
 * three roles of Lampiran BAB II huruf A.
 *
 * @category Katalog
 */
export type PeranPemerintah =
  Tugas<`${PemangkuTugas}.${JenisPeran}.${string}`> & {
    /** The role under which the duty is printed. */
    readonly peran: JenisPeran;
  };

type Kepala = 'bupati-walikota' | 'camat' | 'kepala-desa-lurah';

type Tingkat = {
  pemangku: Kepala;
  angka: 1 | 2 | 3;
  wilayah: readonly [string, string];
  aturan: readonly [string, string];
};

const MOTIVATOR = (t: Tingkat): Baris<string>[] =>
  [
    [
      'dorong-partisipasi',
      'angka 1)',
      `Mengajak warga ${t.wilayah[0]} ikut membangun masyarakat`,
      `Urge the people of the ${t.wilayah[1]} to join in its development`,
    ],
    [
      'bina-masyarakat',
      'angka 2)',
      'Membina warga dalam kegiatan Bangga Kencana',
      'Guide residents in Bangga Kencana activities',
    ],
  ] as const;

const FASILITATOR = (t: Tingkat): Baris<string>[] =>
  [
    ['susun-kebijakan', 'angka 1)', ...t.aturan],
    [
      'anggarkan-operasional',
      'angka 2)',
      'Boleh menganggarkan biaya operasional IMP',
      'May budget for the running costs of the IMP',
    ],
    [
      'kapasitas-masyarakat',
      'angka 3)',
      'Melatih warga lewat pelatihan, seminar atau lokakarya',
      'Build residents’ skills through training, seminars or workshops',
    ],
    [
      'kapasitas-kelembagaan',
      'angka 4)',
      `Memperkuat lembaga pemerintah ${t.wilayah[0]} dan masyarakat`,
      `Strengthen the ${t.wilayah[1]} government bodies and the community`,
    ],
    [
      'identifikasi-potensi',
      'angka 5)',
      'Memetakan potensi manusia, alam, ekonomi dan budaya setempat',
      'Map the local human, natural, economic and cultural potential',
    ],
    [
      'fasilitasi-pemberdayaan',
      'angka 6)',
      'Mendukung kegiatan pemberdayaan dan pembangunan warga',
      'Support community empowerment and development work',
    ],
    [
      'fasilitasi-forum',
      'angka 7)',
      'Memungkinkan rapat, koordinasi dan rembuk program',
      'Make programme meetings, coordination and consultations happen',
    ],
  ] as const;

const KEARIFAN_LOKAL = [
  'pemberdayaan-kearifan-lokal',
  'angka 1)',
  'Boleh memberdayakan warga bertumpu pada kearifan lokal',
  'May empower residents building on local wisdom',
] as const;

const AKSES = [
  'tingkatkan-akses',
  'angka 2)',
  'Memperluas akses warga ke informasi dan layanan program',
  'Widen residents’ access to programme information and services',
] as const;

const INOVASI = [
  'tingkatkan-inovasi',
  'angka 3)',
  'Mendorong inovasi program di wilayahnya',
  'Foster programme innovation in the area',
] as const;

// Lampiran BAB II huruf A angka 1 huruf c prints access and innovation as
// one item, angka 2), where the other tiers print two (defects.md 24).
// The catalogue follows the print: one merged duty for the Bupati/Walikota.
const AKSES_DAN_INOVASI = [
  'tingkatkan-akses-dan-inovasi',
  'angka 2)',
  'Memperluas akses ke informasi dan layanan, dan mendorong inovasi',
  'Widen access to information and services, and foster innovation',
] as const;

function tingkat(t: Tingkat, mobilisator: Baris<string>[]) {
  const base = `Lampiran BAB II huruf A angka ${t.angka}`;
  const peran = (p: JenisPeran, huruf: string, rows: Baris<string>[]) =>
    daftarTugas(
      `${t.pemangku}.${p}`,
      [t.pemangku],
      `${base} huruf ${huruf}`,
      rows,
    ).map((tugas) => ({ ...tugas, peran: p }) as PeranPemerintah);
  return [
    ...peran('motivator', 'a', MOTIVATOR(t)),
    ...peran('fasilitator', 'b', FASILITATOR(t)),
    ...peran('mobilisator', 'c', mobilisator),
  ];
}

/**
 * Every duty of the Bupati/Walikota, the Camat and the Kepala Desa/Lurah
 * as motivator, fasilitator and mobilisator, in printed order.
 *
 * @remarks
 * The mobilisator list of the Bupati/Walikota has two items where the
 * other tiers have three: access and innovation are printed as one item
 * (Lampiran BAB II huruf A angka 1 huruf c angka 2)). The catalogue keeps
 * the printed numbering, so that every citation points at a real item.
 * "Dapat" duties (policy, budget, local wisdom) are what the head may do.
 *
 * @example
 * // A Camat has three mobilisator duties, a Bupati/Walikota two
 * const mobilisator = (pemangku: string) =>
 *   PERAN_PEMERINTAH.filter(
 *     (p) => p.pemangku.includes(pemangku) && p.peran === 'mobilisator',
 *   ).length;
 * [mobilisator('camat'), mobilisator('bupati-walikota')];
 * //=> [3, 2]
 *
 * @see Lampiran BAB II huruf A.
 * @category Katalog
 */
export const PERAN_PEMERINTAH: readonly PeranPemerintah[] = deepFreeze([
  ...tingkat(
    {
      pemangku: 'bupati-walikota',
      angka: 1,
      wilayah: ['kabupaten/kota', 'regency or city'],
      aturan: [
        'Boleh membuat peraturan daerah atau kebijakan penguatan IMP',
        'May enact regional regulations or policy to strengthen the IMP',
      ],
    },
    [KEARIFAN_LOKAL, AKSES_DAN_INOVASI],
  ),
  ...tingkat(
    {
      pemangku: 'camat',
      angka: 2,
      wilayah: ['kecamatan', 'district'],
      aturan: [
        'Boleh membuat peraturan, keputusan atau kebijakan Camat bagi IMP',
        'May issue district rules, decisions or policy to strengthen the IMP',
      ],
    },
    [KEARIFAN_LOKAL, AKSES, INOVASI],
  ),
  ...tingkat(
    {
      pemangku: 'kepala-desa-lurah',
      angka: 3,
      wilayah: ['desa/kelurahan', 'village'],
      aturan: [
        'Boleh membuat aturan atau kebijakan desa/kelurahan bagi IMP',
        'May issue village rules, decisions or policy to strengthen the IMP',
      ],
    },
    [KEARIFAN_LOKAL, AKSES, INOVASI],
  ),
]);
