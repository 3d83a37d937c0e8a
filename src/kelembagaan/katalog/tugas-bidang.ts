import { deepFreeze } from '../../internal/freeze.js';
import { daftarTugas } from './entri.js';

const D = 'Lampiran BAB III huruf C angka 3 huruf d';

const DATA = daftarTugas('bidang-data', ['bidang-data'], `${D} angka 1)`, [
  [
    'kumpulkan-data',
    'huruf a)',
    'Menghimpun data keluarga dan program',
    'Gather family and programme data',
  ],
  [
    'olah-sajikan-data',
    'huruf b)',
    'Mengolah data dan menampilkannya',
    'Process the data and present it',
  ],
  [
    'lapor-siga',
    'huruf c)',
    'Mengirim laporan data lewat SIGA',
    'Send data reports through SIGA',
  ],
  [
    'layanan-data',
    'huruf d)',
    'Melayani permintaan data dari warga dan sektor terkait',
    'Answer requests for data from residents and related sectors',
  ],
]);

const KIE = daftarTugas(
  'bidang-kie-penggerakan',
  ['bidang-kie-penggerakan'],
  `${D} angka 2)`,
  [
    [
      'identifikasi-isu',
      'huruf a)',
      'Menentukan isu dan sasaran KIE',
      'Pick the issues and audiences of KIE',
    ],
    [
      'susun-pesan',
      'huruf b)',
      'Merumuskan pesan yang cocok dengan kearifan lokal',
      'Write messages that fit local wisdom',
    ],
    [
      'pilih-media',
      'huruf c)',
      'Memilih media dan saluran KIE',
      'Choose the media and channels of KIE',
    ],
    [
      'promosi-kie',
      'huruf d)',
      'Menjalankan promosi dan KIE',
      'Run promotion and KIE',
    ],
    [
      'advokasi-penggerakan',
      'huruf e)',
      'Mengadvokasi dan menggerakkan para tokoh dan mitra kerja',
      'Advocate to and mobilise community leaders and partners',
    ],
  ],
);

// The printed heading of the service bidang lacks "mempunyai tugas", but
// its items are its duties like those of the other two.
const PELAYANAN = daftarTugas(
  'bidang-pelayanan',
  ['bidang-pelayanan'],
  `${D} angka 3)`,
  [
    [
      'layanan-poktan',
      'huruf a)',
      'Melayani kelompok kegiatan (Poktan)',
      'Serve the activity groups (Poktan)',
    ],
    [
      'layanan-kb-kespro',
      'huruf b)',
      'Memberi layanan KB dan kesehatan reproduksi',
      'Provide family planning and reproductive health services',
    ],
    [
      'pendampingan-keluarga',
      'huruf c)',
      'Mendampingi keluarga',
      'Accompany and support families',
    ],
    [
      'layanan-lain',
      'huruf d)',
      'Memberi layanan lain yang dibutuhkan',
      'Provide other services as needed',
    ],
  ],
);

const SUB_IMP = daftarTugas(
  'sub-imp',
  ['sub-imp'],
  'Lampiran BAB III huruf C angka 3 huruf e',
  [
    [
      'kegiatan-teknis-rw',
      '',
      'Menjalankan kegiatan teknis program di RW',
      'Carry out the programme’s field work in the RW',
    ],
  ],
);

const KELOMPOK_KB = daftarTugas(
  'kelompok-kb',
  ['kelompok-kb'],
  'Lampiran BAB III huruf C angka 3 huruf f',
  [
    [
      'kegiatan-teknis-rt',
      '',
      'Menjalankan kegiatan teknis program di RT',
      'Carry out the programme’s field work in the RT',
    ],
  ],
);

/**
 * The duties of the three bidang of an IMP Bangga Kencana (data, KIE and
 * penggerakan, pelayanan), of a Sub IMP at RW level and of a Kelompok KB
 * at RT level, in printed order.
 *
 * @example
 * // The data bidang reports through SIGA
 * TUGAS_BIDANG.filter((t) => t.pemangku.includes('bidang-data'))
 *   .map((t) => t.id)[2];
 * //=> 'bidang-data.lapor-siga'
 *
 * @see Lampiran BAB III huruf C angka 3 huruf d to huruf f.
 * @category Katalog
 */
export const TUGAS_BIDANG = deepFreeze([
  ...DATA,
  ...KIE,
  ...PELAYANAN,
  ...SUB_IMP,
  ...KELOMPOK_KB,
]);
