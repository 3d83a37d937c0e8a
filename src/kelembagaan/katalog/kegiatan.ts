import { deepFreeze } from '../../internal/freeze.js';
import { daftar } from './entri.js';

const B = 'Lampiran BAB II huruf B';

/**
 * The nine programme activities an IMP Bangga Kencana runs at desa or
 * kelurahan level, in printed order.
 *
 * @example
 * // The yearly coordination meeting is the fourth activity
 * KEGIATAN[3].id;
 * //=> 'kegiatan.rakor-awal-tahun'
 *
 * @see Lampiran BAB II huruf B.
 * @category Katalog
 */
export const KEGIATAN = deepFreeze(
  daftar('kegiatan', B, [
    [
      'program-tahunan',
      'angka 1',
      'Rencana program tahunan desa/kelurahan',
      'The village’s yearly programme plan',
    ],
    [
      'pendataan-keluarga',
      'angka 2',
      'Pendataan keluarga setiap tahun',
      'Yearly collection of family data',
    ],
    [
      'sarasehan',
      'angka 3',
      'Musyawarah warga RT/RW tentang masalah program',
      'RT/RW gatherings that talk through programme problems',
    ],
    [
      'rakor-awal-tahun',
      'angka 4',
      'Rapat koordinasi di awal tahun',
      'A coordination meeting at the start of the year',
    ],
    [
      'pembinaan-imp',
      'angka 5',
      'Pembinaan pengurus dan kader IMP',
      'Fostering the IMP board and kader',
    ],
    [
      'pelayanan',
      'angka 6',
      'Layanan program kepada keluarga dan masyarakat',
      'Programme services to families and the community',
    ],
    [
      'peningkatan-inovasi',
      'angka 7',
      'Menumbuhkan inovasi program',
      'Growing programme innovation',
    ],
    [
      'pemantauan-evaluasi',
      'angka 8',
      'Pemantauan dan evaluasi IMP',
      'Monitoring and evaluating the IMP',
    ],
    [
      'lainnya',
      'angka 9',
      'Kegiatan lain yang dibutuhkan IMP',
      'Other activities the IMP needs',
    ],
  ]),
);

const LAYANAN_PROGRAM = daftar('pelayanan', `${B} angka 6 huruf a`, [
  [
    'kunjungan-ulang',
    'angka 1)',
    'Kunjungan ulang kepada peserta KB',
    'Follow-up visits to contraceptive users',
  ],
  [
    'kunjungan-ganti-cara',
    'angka 2)',
    'Kunjungan bagi peserta yang berganti metode',
    'Visits to users who change method',
  ],
  [
    'rujukan-akseptor',
    'angka 3)',
    'Merujuk akseptor ke fasilitas layanan',
    'Referring acceptors to a service',
  ],
  [
    'pendataan-keluarga',
    'angka 4)',
    'Mendata keluarga',
    'Collecting family data',
  ],
  [
    'distribusi-pil-kondom',
    'angka 5)',
    'Membantu membagikan pil dan kondom',
    'Helping to hand out pills and condoms',
  ],
  [
    'tahapan-keluarga-sejahtera',
    'angka 6)',
    'Membantu keluarga naik tahapan kesejahteraan',
    'Helping families move up the welfare stages',
  ],
  [
    'motivasi-peserta-baru',
    'angka 7)',
    'Mengajak peserta KB baru',
    'Encouraging new contraceptive users',
  ],
  [
    'pencatatan-pelaporan',
    'angka 8)',
    'Mencatat dan melaporkan peserta KB',
    'Recording and reporting contraceptive users',
  ],
]);

const LAYANAN_POKTAN = daftar('pelayanan-poktan', `${B} angka 6 huruf b`, [
  [
    'penyuluhan',
    'angka 1)',
    'Penyuluhan di setiap jenis Poktan',
    'Counselling in each kind of Poktan',
  ],
  [
    'rujukan',
    'angka 2)',
    'Rujukan dari setiap jenis Poktan',
    'Referrals from each kind of Poktan',
  ],
  [
    'pemantauan-kka',
    'angka 3)',
    'Memantau tumbuh kembang anak dengan KKA',
    'Tracking child development with the KKA card',
  ],
  [
    'kewirausahaan',
    'angka 4)',
    'Membina usaha keluarga',
    'Fostering family businesses',
  ],
  [
    'permodalan-uppka',
    'angka 5)',
    'Membantu UPPKA mengajukan modal dan memperluas jejaring',
    'Helping UPPKA groups apply for capital and widen their network',
  ],
  [
    'kespro-remaja-pus',
    'angka 6)',
    'Penyuluhan kesehatan reproduksi bagi remaja dan PUS bersama ahlinya',
    'Reproductive health counselling for youth and PUS, with experts',
  ],
]);

/**
 * The services of the programme: those to families (huruf a) and those
 * of the activity groups, the Poktan (huruf b), in printed order.
 *
 * @example
 * // Eight services to families, six of the Poktan
 * [
 *   PELAYANAN.filter((p) => p.id.startsWith('pelayanan.')).length,
 *   PELAYANAN.filter((p) => p.id.startsWith('pelayanan-poktan.')).length,
 * ];
 * //=> [8, 6]
 *
 * @see Lampiran BAB II huruf B angka 6.
 * @category Katalog
 */
export const PELAYANAN = deepFreeze([...LAYANAN_PROGRAM, ...LAYANAN_POKTAN]);

/**
 * The ways an IMP Bangga Kencana may innovate, in printed order.
 *
 * @remarks
 * The list ends in "atau" (or): any one of them counts as innovating.
 *
 * @example
 * // A pilot activity is the first way
 * INOVASI[0].citation.ref;
 * //=> 'Lampiran BAB II huruf B angka 7 huruf a'
 *
 * @see Lampiran BAB II huruf B angka 7.
 * @category Katalog
 */
export const INOVASI = deepFreeze(
  daftar('inovasi', `${B} angka 7`, [
    [
      'percontohan',
      'huruf a',
      'Mendirikan kegiatan percontohan',
      'Setting up a pilot activity',
    ],
    [
      'model-keterpaduan',
      'huruf b',
      'Merancang cara memadukan kegiatan',
      'Designing a way to join activities up',
    ],
    [
      'model-pembiayaan',
      'huruf c',
      'Merancang cara membiayai bersama warga',
      'Designing a way to fund work together with residents',
    ],
    [
      'model-forum-penyuluhan',
      'huruf d',
      'Merancang forum penyuluhan warga',
      'Designing a community counselling forum',
    ],
  ]),
);
