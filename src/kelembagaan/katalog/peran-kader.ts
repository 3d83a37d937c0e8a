import { deepFreeze } from '../../internal/freeze.js';
import { daftarTugas, type PemangkuTugas, type Tugas } from './entri.js';

/**
 * Where a kader plays a role: a Kampung KB, a Rumah Dataku (Rumah Data
 * Kependudukan) or a Pojok Kependudukan.
 *
 * @category Katalog
 */
export type WadahKader = 'kampung-kb' | 'rumah-dataku' | 'pojok-kependudukan';

/**
 * A role of the kader of an IMP, a Sub IMP and a Kelompok KB in one of the
 * places of {@link WadahKader}.
 *
 * @category Katalog
 */
export type PeranKader = Tugas<`kader.${WadahKader}.${string}`> & {
  /** The place in which the role is played. */
  readonly wadah: WadahKader;
};

// Each list names the kader of all three tiers together.
const KADER: readonly PemangkuTugas[] = [
  'kader-imp',
  'kader-sub-imp',
  'kader-kelompok-kb',
];
const P = 'Lampiran BAB IV huruf A angka 2 penjelasan';

const KAMPUNG_KB = daftarTugas('kader.kampung-kb', KADER, `${P} huruf b`, [
  ['penggerak', 'angka 1)', 'Menggerakkan warga', 'Set residents in motion'],
  [
    'konseling-kie',
    'angka 2)',
    'Memberi konseling dan KIE',
    'Counsel and inform residents (KIE)',
  ],
  [
    'data',
    'angka 3)',
    'Mendata, mencatat dan memetakan',
    'Collect, record and map data',
  ],
  [
    'cegah-drop-out',
    'angka 4)',
    'Membina peserta KB baru dan lama agar tidak berhenti',
    'Support new and current contraceptive users so they do not drop out',
  ],
  [
    'kurangi-unmet-need',
    'angka 5)',
    'Menekan kebutuhan KB yang belum terlayani',
    'Reduce family planning needs left unmet',
  ],
  [
    'bina-catin',
    'angka 6)',
    'Menggerakkan dan mendampingi calon pengantin bersama KUA',
    'Reach and accompany brides and grooms together with the KUA',
  ],
  [
    'advokasi-tokoh',
    'angka 7)',
    'Mengadvokasi tokoh setempat dan lintas sektor',
    'Advocate to local leaders and other sectors',
  ],
  [
    'bentuk-poktan',
    'angka 8)',
    'Mendirikan dan membina Poktan',
    'Set up and guide activity groups (Poktan)',
  ],
]);

const RUMAH_DATAKU = daftarTugas('kader.rumah-dataku', KADER, `${P} huruf c`, [
  [
    'pengurus',
    'angka 1)',
    'Duduk dalam pengurus atau Pokja Rumah Dataku',
    'Sit on the Rumah Dataku board or working group',
  ],
  [
    'advokasi-koordinasi',
    'angka 2)',
    'Mengadvokasi dan berkoordinasi dengan sektor terkait',
    'Advocate to and coordinate with related sectors',
  ],
  [
    'manfaatkan-data',
    'angka 3)',
    'Memakai hasil Pendataan Keluarga/PBDKI',
    'Put family data collection (PK/PBDKI) results to use',
  ],
  [
    'entri-data',
    'angka 4)',
    'Mengolah dan memasukkan data',
    'Process and enter data',
  ],
  ['kumpulkan-data', 'angka 5)', 'Menghimpun data', 'Gather data'],
  [
    'analisis-peta',
    'angka 6)',
    'Menganalisis dan memetakan data',
    'Analyse and map data',
  ],
  [
    'layanan-informasi',
    'angka 7)',
    'Melayani warga yang memerlukan data dan informasi',
    'Serve residents who need data and information',
  ],
]);

const POJOK = daftarTugas('kader.pojok-kependudukan', KADER, `${P} huruf d`, [
  [
    'pengelola',
    'angka 1)',
    'Mengelola koleksi dan melayani pengunjung Pojok Kependudukan',
    'Run the collection of the population corner and look after visitors',
  ],
  [
    'penggerak',
    'angka 2)',
    'Mengajak pelajar, remaja dan warga memakai Pojok Kependudukan',
    'Draw pupils, young people and residents to use the population corner',
  ],
]);

function diWadah(wadah: WadahKader, list: readonly Tugas[]): PeranKader[] {
  return list.map((peran) => ({ ...peran, wadah }) as PeranKader);
}

/**
 * The roles of the kader of an IMP, a Sub IMP and a Kelompok KB in a
 * Kampung KB, in a Rumah Dataku and in a Pojok Kependudukan, in printed
 * order.
 *
 * @remarks
 * The explanation of the six Peran Bakti is cited with `penjelasan`
 * (huruf b: Kampung KB, huruf c: Rumah Dataku, huruf d: Pojok
 * Kependudukan). Each list names the kader of all three tiers together,
 * so every role is carried by all three.
 *
 * @example
 * // A kader has two roles in a Pojok Kependudukan
 * const pojok = PERAN_KADER.filter((p) => p.wadah === 'pojok-kependudukan');
 * [pojok.length, pojok[0].id];
 * //=> [2, 'kader.pojok-kependudukan.pengelola']
 * pojok[0].citation.ref;
 * //=> 'Lampiran BAB IV huruf A angka 2 penjelasan huruf d angka 1)'
 *
 * @see Lampiran BAB IV huruf A angka 2 penjelasan huruf b to huruf d.
 * @category Katalog
 */
export const PERAN_KADER: readonly PeranKader[] = deepFreeze([
  ...diWadah('kampung-kb', KAMPUNG_KB),
  ...diWadah('rumah-dataku', RUMAH_DATAKU),
  ...diWadah('pojok-kependudukan', POJOK),
]);
